"""People named in their own script inside ordinary sentences of that script (Hebrew, Arabic, Devanagari, Thai,
Chinese, Japanese, Korean): what leaks, and what the same readers take from clean sentences of those languages.

    .venv/bin/python benchmarks/pii_native_names.py [--per-template 3] [--seed 11] [--scripts he,th]

Why a set of its own: the other sets mostly hold these scripts' names after a label, a greeting or inside an
English line; users also write "אתמול דיברתי עם יואב כהן על ההזמנה" or "เมื่อวานคุยกับสมชาย ใจดี", where
only the sentence's own words are around the name. The sentences below were written for this set (mid-sentence
names, no honorific, a given name alone, family name first); the names come from Faker's locales (a source the
detector does not read), and the clean sentences (news, products, weather, places that are no people) hold no
personal data, so every word they lose is content lost. Nothing is written to the repository.

Leak: a name word of two characters or more (CJK: the whole name) still in the scrubbed copy. Content lost:
units (a CJK or Thai character, else a word) of the clean sentences missing from the copy.
"""

from __future__ import annotations

import argparse
import os
import random
import re
from collections import Counter

LOCALES = {"he": ["he_IL"], "ar": ["ar_SA"], "hi": ["hi_IN"], "th": ["th_TH"], "zh": ["zh_CN", "zh_TW"],
           "ja": ["ja_JP"], "ko": ["ko_KR"]}
# {f}: the full name, {g}: the given name, {l}: the family name
TEMPLATES = {
    "he": ["אתמול דיברתי עם {f} על ההזמנה שלא הגיעה.", "{f} התקשר שוב לגבי החשבונית.",
           "ההחזר הועבר לחשבון של {f} ביום שני.", "הלקוח {f} ביקש לבטל את המנוי.",
           "{g} אמרה שהמכשיר לא נדלק מאז הבוקר.", "כתבתי ל-{f} מייל אבל עדיין אין תשובה.",
           "משפחת {l} עברה לדירה חדשה בחודש שעבר.", "נא לתאם את ההתקנה מול {g} בשעות הבוקר.",
           "הטכנאי שלח את הדוח ל{g} ולמנהל הסניף.", "לפי {f}, המשלוח יצא מהמחסן ביום ראשון."],
    "ar": ["تحدثت أمس مع {f} بخصوص الطلب المتأخر.", "اتصل {f} مرة أخرى بشأن الفاتورة.",
           "تم تحويل المبلغ إلى حساب {f} يوم الاثنين.", "طلب العميل {f} إلغاء الاشتراك.",
           "قالت {g} إن الجهاز لا يعمل منذ الصباح.", "يرجى إرسال النموذج إلى {f} قبل الخميس.",
           "وافق المدير {f} على استرداد المبلغ.", "وصلتني رسالة من {f} هذا الصباح.",
           "سيتواصل {g} معكم لتحديد موعد التركيب.", "حسب كلام {f} فإن الشحنة غادرت المستودع."],
    "hi": ["कल मैंने {f} से ऑर्डर के बारे में बात की।", "{f} ने फिर से बिल के बारे में फ़ोन किया।",
           "रिफंड {f} के खाते में सोमवार को भेजा गया।", "ग्राहक {f} सदस्यता रद्द करना चाहते हैं।",
           "{g} ने बताया कि डिवाइस चालू नहीं हो रहा है।", "कृपया यह फ़ॉर्म {g} जी को भेज दें।",
           "डॉ. {l} ने आज रिपोर्ट देखी।", "मेरी बहन {g} पुणे में रहती है और वहीं काम करती है।",
           "इंस्टॉलेशन के लिए {f} से संपर्क करें।", "{f} के अनुसार पार्सल गोदाम से निकल चुका है।"],
    "th": ["เมื่อวานฉันคุยกับ{f}เรื่องคำสั่งซื้อที่ยังไม่ได้รับ", "{g} {l} โทรมาสอบถามเรื่องใบแจ้งหนี้อีกครั้ง",
           "โอนเงินคืนเข้าบัญชีของ{f}แล้วเมื่อวันจันทร์", "ลูกค้า {f} ขอยกเลิกการสมัครสมาชิก",
           "{g}บอกว่าเครื่องเปิดไม่ติดตั้งแต่เช้า", "กรุณาส่งเอกสารให้ {g} ภายในวันศุกร์นี้",
           "ผู้จัดการ {f} อนุมัติการคืนเงินแล้ว", "ฉันได้รับอีเมลจาก{f}เมื่อเช้านี้",
           "ช่างจะนัดเวลาติดตั้งกับ{g}อีกครั้ง", "ตามที่{f}แจ้ง พัสดุออกจากคลังสินค้าแล้ว"],
    "zh": ["昨天我和{f}讨论了订单的问题。", "{f}又打电话来问发票的事。", "退款已于周一转入{f}的账户。",
           "客户{f}要求取消订阅。", "{f}说设备从早上开始就无法开机。", "请把表格在周四前交给{f}。",
           "经理{f}已经批准了退款。", "今天早上收到了{f}的邮件。", "安装时间请直接和{f}确认。",
           "据{f}说，包裹已经从仓库发出了。"],
    "ja": ["昨日{f}さんと注文について話しました。", "{f}から請求書について再度電話がありました。",
           "返金は月曜日に{f}の口座に振り込まれました。", "担当の{l}が対応いたします。",
           "{f}は解約を希望しています。", "{g}によると、朝から機器の電源が入らないそうです。",
           "書類を木曜日までに{f}に送ってください。", "今朝{f}からメールが届きました。",
           "設置日は{f}と直接調整してください。", "{f}の話では、荷物はすでに倉庫を出たそうです。"],
    "ko": ["어제 {f} 고객과 주문에 대해 이야기했습니다.", "{f}도 청구서 문제로 다시 전화했어요.",
           "환불은 월요일에 {f}의 계좌로 입금되었습니다.", "{f}에게 목요일까지 서류를 보내 주세요.",
           "담당자 {f} 님이 환불을 승인했습니다.", "{g}도 같은 문제를 겪고 있다고 합니다.",
           "오늘 아침 {f}한테서 메일이 왔어요.", "설치 일정은 {f}하고 직접 조율해 주세요.",
           "{f}의 말로는 택배가 이미 창고에서 출발했대요.", "매니저 {f}에게 확인을 요청했습니다."],
}
# a second bank, written after the detector was tuned on the first and never tuned on: the honest figure
TEMPLATES2 = {
    "he": ["שלום, אני {f} ואני מחכה לחבילה כבר שבועיים.", "העברתי את הבקשה ל{g} מהנהלת החשבונות.",
           "{f} מבקש שיחזרו אליו אחרי הצהריים.", "האם {g} עדיין עובדת בסניף הזה?",
           "הרופא המליץ ל{g} לנוח כמה ימים.", "החוזה נחתם על ידי {f} ביום חמישי."],
    "ar": ["مرحبا، أنا {f} وما زلت أنتظر الطلب منذ أسبوعين.", "أرسلت الطلب إلى {g} في قسم المحاسبة.",
           "يطلب {f} أن تتصلوا به بعد الظهر.", "هل ما زالت {g} تعمل في هذا الفرع؟",
           "نصح الطبيب {g} بالراحة لبضعة أيام.", "وقع {f} العقد يوم الخميس."],
    "hi": ["नमस्ते, मैं {f} हूँ और दो हफ़्ते से पार्सल का इंतज़ार कर रहा हूँ।", "मैंने अनुरोध लेखा विभाग के {g} को भेज दिया।",
           "{f} चाहते हैं कि दोपहर के बाद उन्हें कॉल किया जाए।", "क्या {g} अब भी इसी शाखा में काम करती हैं?",
           "डॉक्टर ने {g} को कुछ दिन आराम करने की सलाह दी।", "अनुबंध पर गुरुवार को {f} ने हस्ताक्षर किए।"],
    "th": ["สวัสดีค่ะ ดิฉัน{f} รอพัสดุมาสองสัปดาห์แล้ว", "ส่งคำขอต่อให้{g}ฝ่ายบัญชีแล้ว",
           "{f}ขอให้โทรกลับช่วงบ่าย", "{g}ยังทำงานที่สาขานี้อยู่ไหม",
           "หมอแนะนำให้{g}พักผ่อนสักสองสามวัน", "สัญญาลงนามโดย{f}เมื่อวันพฤหัสบดี"],
    "zh": ["你好，我是{f}，包裹等了两个星期了。", "我已经把申请转给财务部的{f}了。", "{f}希望下午有人给他回电话。",
           "{f}还在这家分店工作吗？", "医生建议{f}休息几天。", "合同由{f}在周四签署。"],
    "ja": ["こんにちは、{f}です。荷物を二週間待っています。", "経理部の{f}さんに申請を回しました。",
           "{f}様から午後に折り返しの電話が欲しいとのことです。", "{f}はまだこの支店で働いていますか。",
           "医師は{f}に数日休むよう勧めました。", "契約は木曜日に{f}が署名しました。"],
    "ko": ["안녕하세요, {f}입니다. 택배를 2주째 기다리고 있어요.", "회계팀 {f} 씨에게 요청을 넘겼습니다.",
           "{f} 님이 오후에 다시 전화해 달라고 하셨습니다.", "{f}는 아직 이 지점에서 일하나요?",
           "의사가 {f}에게 며칠 쉬라고 권했습니다.", "계약서는 목요일에 {f}가 서명했습니다."],
}
# a third bank, written at the end and measured once (never tuned on)
TEMPLATES3 = {
    "he": ["{f} שילם בכרטיס אשראי אבל החיוב הופיע פעמיים.", "ביקשתי מ{g} לבדוק את מצב ההזמנה.",
           "הזמנתי את {f} לפגישה ביום רביעי.", "תודה ל{f} על הסבלנות!", "מחר {g} תגיע לאסוף את המסמכים.",
           "יש לי שאלה לגבי החשבון של {g}."],
    "ar": ["دفع {f} بالبطاقة لكن المبلغ خصم مرتين.", "طلبت من {g} التحقق من حالة الطلب.",
           "دعوت {f} إلى اجتماع يوم الأربعاء.", "شكرا لـ{f} على صبره!", "غدا سيأتي {g} لاستلام الأوراق.",
           "لدي سؤال بخصوص حساب {f}."],
    "hi": ["{f} ने कार्ड से भुगतान किया लेकिन पैसे दो बार कटे।", "मैंने {g} से ऑर्डर की स्थिति जाँचने को कहा।",
           "मैंने {f} को बुधवार की बैठक में बुलाया है।", "धैर्य के लिए {f} का धन्यवाद!",
           "कल {g} कागज़ात लेने आएँगी।", "मेरा सवाल {f} के खाते के बारे में है।"],
    "th": ["{f}จ่ายด้วยบัตรเครดิตแต่ถูกตัดเงินสองครั้ง", "ฉันขอให้{g}ช่วยตรวจสอบสถานะคำสั่งซื้อ",
           "เชิญ{f}มาประชุมวันพุธ", "ขอบคุณ{f}ที่อดทนรอ", "พรุ่งนี้{g}จะมารับเอกสาร", "มีคำถามเกี่ยวกับบัญชีของ{f}"],
    "zh": ["{f}用信用卡付款，但被扣了两次钱。", "我请{f}帮忙查一下订单状态。", "我邀请{f}周三来开会。",
           "感谢{f}的耐心！", "明天{f}会来取文件。", "我有个关于{f}账户的问题。"],
    "ja": ["{f}はカードで支払いましたが、二重に請求されました。", "{f}さんに注文状況の確認をお願いしました。",
           "水曜日の会議に{f}を招待しました。", "{f}、お待ちいただきありがとうございます。",
           "明日{f}が書類を取りに来ます。", "{f}のアカウントについて質問があります。"],
    "ko": ["{f}는 카드로 결제했는데 두 번 청구되었습니다.", "{f} 씨에게 주문 상태 확인을 부탁했어요.",
           "수요일 회의에 {f}를 초대했습니다.", "기다려 주셔서 감사합니다, {f} 님.", "내일 {f}가 서류를 가지러 옵니다.",
           "{f}의 계정에 대해 질문이 있습니다."],
}
CLEAN3 = {
    "he": ["התשלום בכרטיס אשראי חויב פעמיים החודש.", "הפגישה נדחתה ליום רביעי בגלל השביתה.",
           "מחירי הדירות עלו בשנה האחרונה."],
    "ar": ["تم خصم المبلغ من البطاقة مرتين هذا الشهر.", "تأجل الاجتماع إلى يوم الأربعاء بسبب الإضراب.",
           "ارتفعت أسعار الشقق في العام الماضي."],
    "hi": ["इस महीने कार्ड से दो बार पैसे कटे।", "हड़ताल के कारण बैठक बुधवार तक टल गई।", "पिछले साल फ्लैटों की कीमतें बढ़ीं।"],
    "th": ["เดือนนี้บัตรถูกตัดเงินสองครั้ง", "การประชุมเลื่อนไปวันพุธเพราะการนัดหยุดงาน", "ราคาคอนโดสูงขึ้นในปีที่ผ่านมา"],
    "zh": ["这个月信用卡被扣了两次钱。", "因为罢工，会议推迟到周三。", "去年公寓价格上涨了。"],
    "ja": ["今月はカードで二重に請求されました。", "ストライキのため会議は水曜日に延期されました。", "昨年マンションの価格が上がりました。"],
    "ko": ["이번 달에 카드로 두 번 결제되었습니다.", "파업 때문에 회의가 수요일로 연기되었습니다.", "작년에 아파트 가격이 올랐습니다."],
}
CLEAN2 = {
    "he": ["החנות נפתחת בתשע בבוקר ונסגרת בשמונה בערב.", "הזמנתי מחשב נייד חדש והוא הגיע שבור.",
           "העיתון דיווח על עלייה במחירי הדלק."],
    "ar": ["يفتح المتجر في التاسعة صباحا ويغلق في الثامنة مساء.", "طلبت حاسوبا محمولا جديدا ووصل مكسورا.",
           "ذكرت الصحيفة ارتفاعا في أسعار الوقود."],
    "hi": ["दुकान सुबह नौ बजे खुलती है और रात आठ बजे बंद होती है।", "मैंने नया लैपटॉप मँगवाया और वह टूटा हुआ आया।",
           "अख़बार ने ईंधन की कीमतों में बढ़ोतरी की ख़बर दी।"],
    "th": ["ร้านเปิดเก้าโมงเช้าและปิดสองทุ่ม", "ฉันสั่งโน้ตบุ๊กใหม่แต่ได้รับของที่แตก", "หนังสือพิมพ์รายงานว่าราคาน้ำมันสูงขึ้น"],
    "zh": ["商店早上九点开门，晚上八点关门。", "我订了一台新笔记本电脑，到货时已经坏了。", "报纸报道了油价上涨的消息。"],
    "ja": ["店は朝九時に開いて夜八時に閉まります。", "新しいノートパソコンを注文しましたが、壊れて届きました。",
           "新聞は燃料価格の上昇を報じました。"],
    "ko": ["가게는 아침 아홉 시에 열고 저녁 여덟 시에 닫습니다.", "새 노트북을 주문했는데 깨진 채로 왔어요.",
           "신문은 연료 가격 상승을 보도했습니다."],
}
# clean sentences of each language: news, products, weather, services; no person named
CLEAN = {
    "he": ["המשלוח יגיע ביום רביעי בין השעות שמונה לשתים עשרה.", "מחיר המנוי החודשי עלה בעשרה אחוזים.",
           "המכשיר לא נטען גם אחרי החלפת הכבל.", "הסניף בתל אביב סגור בגלל שיפוצים.",
           "ביקשתי החזר כספי על ההזמנה הכפולה.", "מזג האוויר מחר יהיה חם ויבש ברוב הארץ.",
           "הממשלה אישרה את התקציב החדש לחינוך.", "נא לצרף את החשבונית המקורית לטופס ההחזרה.",
           "האפליקציה קורסת בכל פעם שאני פותח את ההגדרות.", "תודה רבה על העזרה המהירה!"],
    "ar": ["ستصل الشحنة يوم الأربعاء بين الساعة الثامنة والثانية عشرة.", "ارتفع سعر الاشتراك الشهري بنسبة عشرة بالمئة.",
           "الجهاز لا يشحن حتى بعد تغيير الكابل.", "الفرع في وسط المدينة مغلق بسبب أعمال الصيانة.",
           "طلبت استرداد المبلغ عن الطلب المكرر.", "سيكون الطقس غدا حارا وجافا في معظم المناطق.",
           "وافقت الحكومة على الميزانية الجديدة للتعليم.", "يرجى إرفاق الفاتورة الأصلية مع نموذج الإرجاع.",
           "يتوقف التطبيق كلما فتحت صفحة الإعدادات.", "شكرا جزيلا على المساعدة السريعة!"],
    "hi": ["पार्सल बुधवार को सुबह आठ से बारह बजे के बीच पहुँचेगा।", "मासिक सदस्यता की कीमत दस प्रतिशत बढ़ गई है।",
           "केबल बदलने के बाद भी डिवाइस चार्ज नहीं हो रहा है।", "मरम्मत के कारण शहर की शाखा बंद है।",
           "मैंने दोहरे ऑर्डर के लिए रिफंड माँगा है।", "कल ज़्यादातर इलाकों में मौसम गर्म और सूखा रहेगा।",
           "सरकार ने शिक्षा के लिए नए बजट को मंज़ूरी दी।", "कृपया वापसी फ़ॉर्म के साथ मूल बिल लगाएँ।",
           "सेटिंग्स खोलते ही ऐप बंद हो जाता है।", "जल्दी मदद के लिए बहुत धन्यवाद!"],
    "th": ["พัสดุจะมาถึงวันพุธระหว่างแปดโมงถึงเที่ยง", "ค่าสมาชิกรายเดือนเพิ่มขึ้นสิบเปอร์เซ็นต์",
           "เครื่องไม่ชาร์จแม้จะเปลี่ยนสายแล้ว", "สาขาในตัวเมืองปิดปรับปรุงชั่วคราว",
           "ฉันขอคืนเงินสำหรับคำสั่งซื้อที่ซ้ำกัน", "พรุ่งนี้อากาศร้อนและแห้งในหลายพื้นที่",
           "รัฐบาลอนุมัติงบประมาณใหม่สำหรับการศึกษา", "กรุณาแนบใบเสร็จตัวจริงมากับแบบฟอร์มคืนสินค้า",
           "แอปปิดเองทุกครั้งที่เปิดหน้าการตั้งค่า", "ขอบคุณมากสำหรับความช่วยเหลือที่รวดเร็ว"],
    "zh": ["包裹将在周三上午八点到十二点之间送达。", "月度订阅的价格上涨了百分之十。", "换了数据线以后设备还是不能充电。",
           "市中心的门店因装修暂停营业。", "我已经为重复的订单申请了退款。", "明天大部分地区天气炎热干燥。",
           "政府批准了新的教育预算。", "请把原始发票和退货单一起寄回。", "每次打开设置页面应用就会闪退。",
           "非常感谢你们的快速帮助！"],
    "ja": ["荷物は水曜日の午前八時から十二時の間に届きます。", "月額料金が一割値上がりしました。",
           "ケーブルを交換しても充電できません。", "駅前の店舗は改装のため休業中です。",
           "重複した注文の返金をお願いしました。", "明日はほとんどの地域で暑く乾燥した天気になります。",
           "政府は新しい教育予算を承認しました。", "返品の際は元の領収書を同封してください。",
           "設定画面を開くたびにアプリが落ちます。", "迅速なご対応ありがとうございました。"],
    "ko": ["택배는 수요일 오전 여덟 시에서 열두 시 사이에 도착합니다.", "월 구독료가 십 퍼센트 올랐어요.",
           "케이블을 바꿔도 기기가 충전되지 않습니다.", "시내 지점은 리모델링으로 휴업 중입니다.",
           "중복 주문에 대해 환불을 요청했습니다.", "내일은 대부분 지역이 덥고 건조하겠습니다.",
           "정부가 새 교육 예산을 승인했습니다.", "반품할 때 원래 영수증을 함께 보내 주세요.",
           "설정 화면을 열 때마다 앱이 꺼져요.", "빠른 도움에 정말 감사합니다!"],
}
NOSPACE = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7a3\u0e00-\u0e7f"
UNIT = re.compile(rf"[{NOSPACE}]|(?:(?![{NOSPACE}])[^\W\d_])+")
TRAD = str.maketrans("讨论订单问题发话来这账户转为请给经还说设备从开无机门确认据邮件包裹仓库过对应该实际样",
                     "討論訂單問題發話來這賬戶轉為請給經還說設備從開無機門確認據郵件包裹倉庫過對應該實際樣")


def _person(f, script: str, rng: random.Random) -> tuple[str, str, str]:
    g, fam = f.first_name(), f.last_name()
    if script in ("zh", "ko"):
        full = fam + g
    elif script == "ja":
        full = fam + ("" if rng.random() < 0.5 else " ") + g
    else:
        full = f"{g} {fam}"
    return full, g, fam


def make(per_template: int, seed: int, scripts: list[str], bank: int = 1) -> tuple[list[dict], list[dict]]:
    from faker import Faker

    rng = random.Random(seed)
    planted, clean = [], []
    templates, cleans = {1: (TEMPLATES, CLEAN), 2: (TEMPLATES2, CLEAN2), 3: (TEMPLATES3, CLEAN3)}[bank]
    for script in scripts:
        for i, tpl in enumerate(templates[script]):
            for k in range(per_template):
                locale = LOCALES[script][k % len(LOCALES[script])]
                f = Faker(locale)
                f.seed_instance(seed * 1000 + i * 10 + k)
                full, g, fam = _person(f, script, rng)
                t = tpl.translate(TRAD) if locale == "zh_TW" else tpl
                text = t.format(f=full, g=g, l=fam)
                used = [v for key, v in (("{f}", full), ("{g}", g), ("{l}", fam)) if key in tpl]
                planted.append({"script": script, "text": text, "names": used})
        for s in cleans[script]:
            clean.append({"script": script, "text": s})
    return planted, clean


def leaked(script: str, name: str, out: str) -> bool:
    if script in ("zh", "ja", "ko"):
        return name.replace(" ", "") in out.replace(" ", "")
    return any(w in out for w in name.split() if len(w) >= 2)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--per-template", type=int, default=3)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--scripts", default=",".join(TEMPLATES))
    ap.add_argument("--bank", type=int, default=1, choices=(1, 2, 3),
                    help="1: the sentences the detector was tuned on; 2: written after, measured once, then tuned on; "
                         "3: written at the end, measured once")
    ap.add_argument("--show", action="store_true", help="print leaked sentences (they hold only Faker's names)")
    args = ap.parse_args()
    os.environ.setdefault("GOVERNED_TUNING_PSEUDONYM_KEY", "native-names-benchmark-key-0001")
    from governed_tuning.gates.pii import PiiGate
    from governed_tuning.policy import load_policy

    scripts = args.scripts.split(",")
    planted, clean = make(args.per_template, args.seed, scripts, args.bank)
    pii = load_policy("default").policy.pii
    # placeholders, not surrogates: a fake Thai or Hebrew name drawn from the same Faker list as the planted
    # ones would often repeat a planted family name and read as a leak
    person = pii.entities["PERSON"].model_copy(update={"action": "placeholder"})
    gate = PiiGate(pii.model_copy(update={"entities": {**pii.entities, "PERSON": person}}))
    outs, _ = gate.scrub_records([{"t": r["text"]} for r in planted])
    couts, _ = gate.scrub_records([{"t": r["text"]} for r in clean])
    total, leak, c_units, c_lost, c_changed = Counter(), Counter(), Counter(), Counter(), Counter()
    for r, o in zip(planted, outs):
        for n in r["names"]:
            total[r["script"]] += 1
            if leaked(r["script"], n, o["t"]):
                leak[r["script"]] += 1
                if args.show:
                    print("LEAK", r["script"], o["t"])
    for r, o in zip(clean, couts):
        units = Counter(UNIT.findall(r["text"]))
        left = Counter(UNIT.findall(o["t"]))
        c_units[r["script"]] += sum(units.values())
        c_lost[r["script"]] += sum((units - left).values())
        if o["t"] != r["text"]:
            c_changed[r["script"]] += 1
            if args.show:
                print("CLEAN", r["script"], r["text"], "->", o["t"])
    print(f"{'script':6} {'names':>5} {'leaked':>8} {'clean':>5} {'changed':>7} {'lost':>6}")
    for s in scripts:
        n = sum(1 for r in clean if r["script"] == s)
        print(f"{s:6} {total[s]:5} {100 * leak[s] / max(total[s], 1):7.1f}% {n:5} {c_changed[s]:7} "
              f"{100 * c_lost[s] / max(c_units[s], 1):5.1f}%")
    print(f"{'all':6} {sum(total.values()):5} {100 * sum(leak.values()) / max(sum(total.values()), 1):7.1f}% "
          f"{len(clean):5} {sum(c_changed.values()):7} {100 * sum(c_lost.values()) / max(sum(c_units.values()), 1):5.1f}%")


if __name__ == "__main__":
    import hashseed  # the same data on every run: PYTHONHASHSEED=0 unless set

    hashseed.pin()
    main()
