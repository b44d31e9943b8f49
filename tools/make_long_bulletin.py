"""Write tests/fixtures/long.json: a long synthetic bulletin for layout tests and benchmarks.

20 items of varied length recombined from the sentences of the two real samples (plus a few written
to exercise the line breaker: digits with a decimal point, percentages, “quotes”, 《titles》, —— and
……), two items with sub-points, one with two body paragraphs, 15 tasks with several leaders and
departments, and 报/送/发 lists long enough to wrap. About six pages. Deterministic: no randomness.

    python3 tools/make_long_bulletin.py [OUT]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

SENTENCES = [
    "11月21日下午，市委书记何光中同志组织召开市委常委会，听取市总工会关于习近平总书记同中华全国总工会"
    "新一届领导班子成员集体谈话和中国工会十七大精神的汇报，研究了我市学习宣传贯彻的具体措施。",
    "根据市委和省总工会的相关要求，市总工会组建了6个宣讲小组深入全市大型骨干企业工会宣讲习近平总书记"
    "重要讲话和中国工会十七大精神。",
    "截至目前，全市各级工会组织宣讲活动达78场次，参与职工近万人。",
    "目前，全市9个县市区、市直20个产业工会组织基层工会消费扶贫1.38亿元，其中购买公园年票400万元，"
    "在助力脱贫攻坚中彰显工会组织的责任和担当。",
    "荆州邮政、中通、圆通、申通、韵达、百世等11家快递公司的60名“快递小哥”参与快件收寄、快件包装、"
    "快件扫描、禁寄物品识别等四个项目比拼。",
    "大赛现场销售三湖黄桃1.5万斤，电商平台累计销售60余万件。",
    "市总工会相继出台《荆州市总工会关于广泛动员全市各级工会及广大职工积极消费助推荆州经济发展的通知》"
    "《关于积极采购宣恩县农副产品推动对口援建工作的通知》。",
    "讲座采取“专家讲、大家学”、小游戏感悟大道理等方式，围绕情感危机、情绪危机、方法危机等内容，"
    "对员工工作、生活、情感方面进行了较好的辅导。",
    "活动开展以来，共有60家市直单位参赛，共报送各类参赛作品352篇，最终评审出金奖3名、最受欢迎奖1名、"
    "银奖18名、优秀作品奖158名、最佳组织奖4家、优秀组织奖64家。",
    "市委第四巡察组反馈的5个方面17个问题已经全部整改到位。",
    "今年，市县两级工会筹集慰问经费172万，慰问职工5万多人，其中市总工会本级慰问职工7000人，"
    "发放慰问物资5900份，发放西瓜8000斤、纯水320件。",
    "全市职工技能竞赛参赛人数同比增长12.5%，一线职工占比达到86.3%，创历年新高。",
    "宣讲团以“中国梦·劳动美——决胜小康　奋斗有我”为主题，走进车间、工地、社区……把党的声音传到职工身边。",
    "困难职工帮扶中心全年受理求助来电2316个，办结率99.2%，回访满意率98.6%。",
    "会议强调，要在强化思想引领上持续发力，扎实开展好《习近平谈治国理政》第三卷的学习研讨；"
    "要在经济复苏重振上持续助力，组织开展好全市职工技术创新成果评选和“双创”大赛活动。",
    "推进“法院+工会”劳动争议诉调对接机制建设提质扩面，全年调解劳动争议案件137件，涉及金额2846.7万元。",
    "12月3日，市总工会组织召开了荆州市工会第五次代表大会筹备工作会议，并提出五点要求：一是开出政治"
    "站位高的大会，二是开出严谨求实的大会，三是开出朝气蓬勃的大会，四是开出团结和谐的大会，五是开出"
    "作风优良的大会。",
    "此次大赛，展示了智能制造、文化创意、节能环保等领域的新产品、新技术、新模式，推进了全市“大众创业，"
    "万众创新”工作。",
    "交友联谊以顺应青年职工需求为导向，为广大单身青年职工提供交友平台，助力家庭社会美满和谐。",
    "“职工之家”建设覆盖非公企业1024家，新建户外劳动者服务站点46个——实现城区“15分钟服务圈”全覆盖。",
    "审计组采取调阅财务账套资料、会计报表凭证、核对相关文件资料等方式，对每一笔资金的入账情况、"
    "资金使用的去向进行审计查证。",
    "下一步，市总工会将巩固整改成果，持续把整改工作引向深入并长期坚持，以“严”的精神、“实”的作风和"
    "驰而不息的韧劲，进一步强化党的领导、加强党的建设。",
]

HEADINGS = [
    "学习宣传贯彻习近平总书记重要讲话和中国工会十七大精神。",
    "开展“送清凉、送健康”活动。",
    "召开全市工会工作视频会议。",
    "助力脱贫攻坚见成效。",
    "联合举办首届快递行业技能大赛。",
    "开展职工素质提升暨心理援助活动。",
    "组织开展“荆州市首届市直职工写作大赛”评选表彰活动。",
    "积极配合做好巡察回访督查工作。",
    "深化产业工人队伍建设改革。",
    "扎实做好困难职工帮扶工作。",
    "推进“法院+工会”诉调对接。",
    "做好荆州市工会第五次代表大会筹备工作。",
    "举行荆州市首届职工创业创新大赛。",
    "组织开展“新时代心青年2018双11交友联谊”活动。",
    "督办全市文化宫清理整改工作。",
    "加强户外劳动者服务站点建设。",
    "开展“中国梦·劳动美”主题宣讲。",
    "做好工会经费审计工作。",
    "推进基层工会组织建设质效提升行动。",
    "加强工会干部队伍作风建设。",
]

# Sentence indices of each item's body.
BODIES = [
    (0,),
    (9,),
    (2,),
    (5,),
    (4,),
    (13,),
    (9,),
    (2,),
    (11,),
    (18,),
    (5,),
    (2,),
    (12,),
    (5,),
    (11,),
    (9,),
    (13,),
    (2,),
    (3,),
    (18,),
]

SUBPOINTS = {
    8: [
        {"heading": "加强产业工人思想政治引领。", "body": SENTENCES[2]},
        {"heading": "提升产业工人技能素质。", "body": SENTENCES[5]},
    ],
    17: [
        {"heading": "规范经费收支管理。", "body": SENTENCES[11]},
        {"heading": "抓好问题整改。", "body": SENTENCES[9]},
    ],
}
SECOND_PARAGRAPH = {4: SENTENCES[9]}

LEADERS = ["高启秀", "郭红萍", "张征军", "官庆军", "袁德芳"]
DEPARTMENTS = [
    "办公室",
    "机关党委",
    "权益保障部",
    "宣教网络部",
    "基层工作部",
    "经技部",
    "财务部",
    "商贸服务业工会",
    "女职工部",
]
TASKS = [
    "扎实开展2020年全市党风廉政建设宣传月活动",
    "全面完成2020年度“金秋助学”活动",
    "推进“法院+工会”劳动争议诉调对接机制建设提质扩面",
    "做好湖北省城市困难职工解困脱困实效第三方评估整改落实工作",
    "持续推进荆州市职工素质提升大讲堂活动",
    "开展全市“中国梦·劳动美——决胜小康　奋斗有我”宣讲比赛活动",
    "召开全市基层工会组织建设质效提升行动推进会暨县市区工会主席抓基层工作述职报告会议",
    "推进创建职工（劳模、工匠）创新工作室、名师带徒活动，启动全市“双创”大赛",
    "举办荆州市家政服务业职业技能竞赛暨荆州“最美家政人、巾帼家政创业带头人”推荐选树活动",
    "组织开展劳模职工市内游活动",
    "做好2021年度工会经费预算编制工作",
    "开展户外劳动者服务站点运行情况督查",
    "举办全市女职工权益保护知识竞赛",
    "完成市总机关办公楼消防设施改造",
    "筹备全市工会宣传思想工作会议",
]

REPORT_TO = [
    "省总工会",
    "市“四大家”有关领导",
    "市“四大家”办公室",
    "市委组织部",
    "市委宣传部",
    "市委统战部",
    "市人社局",
    "市财政局",
]
COPY_TO = ["市直各工委", "荆州开发区工会", "纪南文旅区工会", "荆州高新区工会"]
SEND_TO = [
    "各县市区总工会",
    "市总机关各部室",
    "各驻会产业工会",
    "市直各基层工会",
    "各乡镇（街道）工会",
    "各开发区（工业园区）工会",
    "各重点企业工会",
]


def build() -> dict[str, object]:
    items = []
    for index, heading in enumerate(HEADINGS):
        body = "".join(SENTENCES[i] for i in BODIES[index])
        if index in SECOND_PARAGRAPH:
            body += "\n" + SECOND_PARAGRAPH[index]
        item: dict[str, object] = {"heading": heading, "body": body}
        if index in SUBPOINTS:
            item["subpoints"] = SUBPOINTS[index]
        items.append(item)
    tasks = []
    for index, content in enumerate(TASKS):
        leaders = [LEADERS[index % len(LEADERS)]]
        departments = [DEPARTMENTS[index % len(DEPARTMENTS)]]
        if index % 3 == 2:
            leaders.append(LEADERS[(index + 2) % len(LEADERS)])
            departments.append(DEPARTMENTS[(index + 4) % len(DEPARTMENTS)])
        if index % 5 == 4:
            departments.append(DEPARTMENTS[(index + 7) % len(DEPARTMENTS)])
        tasks.append(
            {
                "content": content,
                "leaders": leaders,
                "departments": departments,
                "deadline": "十月份" if index % 4 else "十月中旬",
                "status": "planned",
            }
        )
    return {
        "version": 1,
        "org": "荆州市总工会",
        "series": "工会要情摘报",
        "issue_number": 12,
        "total_number": 62,
        "date": "2020-10-09",
        "period": {"year": 2020, "month": 9},
        "summary": {"title": "荆州市总工会九月份工作综述", "items": items},
        "plan": {"title": "荆州市总工会十月份工作安排", "tasks": tasks},
        "distribution": {"report_to": REPORT_TO, "copy_to": COPY_TO, "send_to": SEND_TO},
        "editor": "董军",
        "phone": "0716-8219262",
        "copies": 120,
    }


def main(argv: list[str]) -> int:
    root = Path(__file__).resolve().parent.parent
    out = Path(argv[1]) if len(argv) > 1 else root / "tests" / "fixtures" / "long.json"
    out.write_text(json.dumps(build(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
