"""People and places written in Chinese, Japanese and Korean: scripts with no spaces between words, or (Korean)
with particles glued to every noun.

Why: the English NER model reads none of these scripts, and every other recognizer of ours finds a name as a
word between word boundaries. "我叫王鑫。", "鈴木桃子と申します", "저는 박서연라고 합니다" have no boundary
around the name: the name is a stretch inside a longer run of letters. So a name is found where two signals
meet, never by its spelling alone:

- its shape: a family name, then a given name of one to three characters. Family names: the commonest Chinese
  ones (``SURNAMES_ZH``, from the public census rankings of the PRC and Taiwan, in simplified and traditional
  characters), the Korean one-syllable ones (``SURNAMES_KO``, Statistics Korea's census) and any family name the
  names-dataset list ranks (Japanese kanji surnames: 鈴木, 小林); given names the same list ranks (丽娟, 桃子,
  서연) make the shape strong. Neither list owes anything to Faker (whose locales the benchmarks draw from).
- its context: an introduction (我叫, 我是, と申します, 저는 ... 라고), an honorific after it (さん, 様, 先生,
  女士, 님, 씨), thanks or a greeting before it (谢谢, 您好, 감사합니다, "Dear", "Thanks"), a form's label (姓名：,
  氏名：, 이름:), or a short run standing alone inside text of another script ("Witness: 陈涛.", "Assigned to
  西村あすか.", "Pt 류지후,"), where a Han run shaped like a name is a name.

Places: a run ending in an administrative suffix (市, 区, 県, 縣, 县, 省, 町, 村, 시, 군, 구) whose stem the place list
knows (GeoNames' names in these scripts, ``placenames``) or that follows words of living or moving (住在, 搬到,
に住んで, 에 살아요, "in", "from"); a name the place list knows after such words.

Values standing whole: a form's value after a label (患者: 中川信夫, Customer: 山口ミサキ), a line under a letter's
closing, a signature's dashes or a delivery block's label (감사합니다.\n탁현준), a Japanese speaker's "…鈴木です",
a town after a postcode and the street line before it (〒980-0811 仙台市), two administrative units in a row
(福岡県北九州市小倉北区, 부산광역시 해운대구). A whole name confirmed by its context is found again in the
dataset's other records (``cjk_dataset_name``, ``cjk_pieces``: the index of known names is by word).

Ordinary words that start with a family name's character (金额, 马上, 高兴, 方法, 周末, 정보, 지원) are kept: a
weak shape needs a strong context, and a lone run must be a name's whole run. Everything here is local (within a
sentence) and linear: each run is read once, and every lookup is a dictionary or a memoised list lookup.
"""

from __future__ import annotations

import functools
import re

from .recognizers import Finding

__all__ = ["cjk_people", "cjk_places", "has_cjk", "split_name", "is_cjk_name", "cjk_dataset_name", "cjk_pieces"]

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3005"
KANA = "\u3041-\u3096\u30a1-\u30fa\u30fc"
HANGUL = "\uac00-\ud7a3"
CJK = HAN + KANA + HANGUL
RUN = re.compile(f"[{CJK}]+")
HAS_CJK = re.compile(f"[{CJK}]")
HANGUL_RX = re.compile(f"[{HANGUL}]")
HAS_DIGIT_RX = re.compile(r"\d")
# the last syllable of Korean words for a role or a job (조작원, 기술자, 조리사, 전문가, 주방장, 고객팀)
KO_ROLE_END = frozenset("원자사가장실팀부과")
KANA_RX = re.compile(f"[{KANA}]+")
HAS_HAN = re.compile(f"[{HAN}]")

# the commonest Chinese family names (PRC 2020 and Taiwan 2018 rankings; about 90% of people), simplified and
# traditional forms, and compound ones
SURNAMES_ZH = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔"
    "钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊"
    "葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉"
    "骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏"
    "宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
    # traditional forms (Taiwan, Hong Kong)
    "張劉陳楊黃趙吳孫馬鄭謝許韓馮鄧蕭葉蘇呂盧姜鍾譚陸範賈韋鄒邱薛閆閻龍賀顧龔邵錢嚴溫莊聶魯詹歐關蘭祝寧紀單塗"
    "駱藍靳鮑喻饒艾農車連蘆麥婁竇費衛臧閔鄔邊師樂廖賴洪游簡曾黃傅鄒羅蔣蔡魏戴湯顏黎"
    "萧肖赖洪傅罗")
COMPOUND_ZH = frozenset("欧阳 歐陽 司马 司馬 诸葛 諸葛 上官 东方 東方 皇甫 尉迟 尉遲 公孙 公孫 令狐 慕容 夏侯 端木 轩辕 "
                        "軒轅 长孙 長孫 宇文 司徒 西门 西門 南宫 南宮 "
                        # the rest of the Hundred Family Surnames' compound names (百家姓, its second part)
                        "澹台 澹臺 公冶 宗政 濮阳 濮陽 淳于 单于 單于 太叔 申屠 公羊 闻人 聞人 呼延 赫连 赫連 钟离 鍾離 "
                        "仲孙 仲孫 万俟 萬俟 百里 东郭 東郭 拓跋 独孤 獨孤 左丘 梁丘 谷梁 段干 公西 漆雕 乐正 樂正 壤驷 "
                        "壤駟 巫马 巫馬 颛孙 顓孫 子车 子車 亓官 司寇 公良 羊舌 微生 闾丘 閭丘 东门 東門 南门 南門 司空 "
                        "公门 公門 太史 鲜于 鮮于 闾丘 第五 呼延 公孙".split())
# Korean family names of one syllable (Statistics Korea, 2015 census: the 80 commonest, about 99% of people)
SURNAMES_KO = frozenset("김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채"
                        "원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉")
SURNAME_RANK = 3000  # a family name of two or three kanji the names-dataset list ranks at least this well
GIVEN_RANK = 5000  # a given name the list ranks at least this well makes a name's shape strong
KO_GIVEN_RANK = 3000

# words that are never a name, whatever their first character: pronouns, courtesy, common words of support text
NOT_NAMES = frozenset(
    "您 你 我 他 她 它 您好 你好 大家 各位 你们 您们 我们 他们 客户 顾客 用户 先生 女士 小姐 朋友 老师 同学 亲 "
    "金额 马上 高兴 方法 方式 文件 周末 周一 周二 周三 周四 周五 周六 周日 黄色 白色 金色 于是 常见 常常 安全 安装 "
    "明天 明白 明确 时间 时候 成功 成本 华为 石头 江湖 林业 程序 程度 苏醒 关于 关系 关闭 温度 康复 和平 和 "
    "方面 方便 向 车 路 高级 高速 万一 万元 全部 全国 全新 应该 应用 师傅 商品 商家 东西 申请 管理 连接 简单 "
    "客服 お客 お客様 皆 皆様 担当 担当者 당신 고객 여러분 선생 사장 정보 지원 주소 주문 안녕 감사 문의 이용 "
    "지금 다시 잠시 혹시 역시 당시 표시 즉시 "
    # what a form says where a name is missing or withheld
    "不明 未定 未填 未知 未详 不详 匿名 无 無 なし 未記入 該当なし 없음 미정 미상 익명 무명 본인 本人 家属 家屬 "
    "成人 儿童 兒童 男性 女性 全员 全員 全体 全體 所有人 "
    # words shaped as a family name and a common given name's character
    "安静 安靜 和平 平安 安宁 安寧 高明 文明 光明 华丽 華麗 高峰 白雪 余波 高强 高強 黄金 黃金 金华 金華 万成 石林 "
    # the words of a signature or a delivery block that stand on a line of their own
    "敬具 以上 草々 此致 敬礼 祝好 谨上 謹上 드림 올림 배상".split())

INTRO_BEFORE = re.compile(r"(?:我叫|我姓|本人叫|名字是|名字叫|名叫|叫做|제 이름은|이름은)[ \t]*")
# "我是", "私は", "저는" say who the speaker is as often as what ("我是新用户"): a name's shape is needed after them
WEAK_INTRO_BEFORE = re.compile(r"(?:我是|本人是|私は|わたしは|僕は|俺は|저는|나는)[ \t]*")
INTRO_AFTER = re.compile(r"[ \t]*(?:と申します|と申しま|といいます|と言います|でございます)")
KO_PARTICLES = re.compile(r"(?:이라고|라고|인데요|인데|입니다|이에요|예요|이고|이며|님께서|님께|님이|님은|님을|님의|님|씨는|씨가|씨|"
                          r"에게|한테|께서|께|은|는|이|가|을|를|의|와|과|도|야|아)$")
HONORIFIC = re.compile(r"(?:さん|様|さま|氏|先生|くん|君|ちゃん|殿|女士|小姐|老师|老師|同学|同學|经理|經理|医生|醫生|"
                       r"太太|教授)")
THANKS_BEFORE = re.compile(
    r"(?:谢谢|謝謝|感谢|感謝|多谢|多謝|你好|您好|亲爱的|親愛的|尊敬的|致|ありがとうございます|ありがとう|こんにちは|"
    r"안녕하세요|감사합니다|고맙습니다|(?<![A-Za-z])(?i:dear|hi|hello|hey|thanks|thank you|cheers|regards|sincerely))"
    r"[ \t]*[,，、:：!！]?[ \t]*")
LABEL_BEFORE = re.compile(
    r"(?:姓名|名字|联系人|聯絡人|聯繫人|客户|客戶|患者|病人|申请人|申請人|收件人|收货人|收貨人|证人|證人|担当者|担当|"
    r"氏名|名前|お名前|作成者|이름|성명|담당자|고객명|(?<![A-Za-z])(?i:name|witness|patient|pt|dr|mr|mrs|ms|"
    r"assigned to|contact|author|signed|attending|reported by|customer))[ \t]*[.:：]?[ \t]*")
# labels that are also ordinary words ("고객지원", "staff room"): only with their colon, and only a whole value
# shaped as a name after them
COLON_LABEL = re.compile(
    r"(?:社員|従業員|受取人|宛名|患者名|员工|員工|职员|職員|雇员|僱員|成员|成員|会员|會員|用户|用戶|성함|고객|환자|직원|"
    r"회원|수신인|수취인|받는[ \t]?분|보내는[ \t]?분|(?<![A-Za-z])(?i:employee|staff|recipient|member|user|"
    r"emergency contact))[ \t]*[:：][ \t]*")
# living, moving, coming from: a place follows (or, in Japanese and Korean, stands before)
PLACE_BEFORE = re.compile(r"(?:住在|住|搬到了|搬到|搬去|来自|來自|位于|位於|出生于|出生在|在|(?<![A-Za-z])(?i:in|at|from|"
                          r"near|to|moved to|live in|lives in|born in))[ \t]*")
PLACE_AFTER = re.compile(r"(?:に住んで|に住む|に住ん|に引っ越し|に引越し|へ引っ越し|在住|出身|から来|에 살|에서 살|에서 왔|"
                         r"로 이사|으로 이사|\(으\)로 이사|에 있)")
ADMIN = "市区區県縣县省町村郡州府镇鎮乡鄉"
KO_ADMIN = "시군구도읍면동"
NOT_PLACES = frozenset("城市 超市 都市 市区 市區 本市 该市 該市 全市 市场 市場 地区 地區 小区 小區 社区 社區 郊区 郊區 景区 "
                       "园区 校区 街区 山区 误区 专区 分区 全区 本区 县城 全省 本省 外省 该省 乡村 农村 農村 村庄 城镇 "
                       "市町村 都道府県 다시 잠시 혹시 역시 당시 표시 즉시 동시".split())


# characters that are words of their own before a name ("和李先生": "and Mr Li"), never a name's first character
FUNCTION_CHARS = frozenset("和与跟及的是给在对把被从向于为了也都就还又很说到")


VOCATIVE_BEFORE = re.compile(r"[A-Za-z],[ \t]*$")
VOCATIVE_AFTER = re.compile(r"[ \t]*[.!?]")


def has_cjk(text: str) -> bool:
    return HAS_CJK.search(text) is not None


@functools.cache
def _gazetteer():
    from .names import gazetteer

    return gazetteer()


@functools.lru_cache(maxsize=1 << 15)
def _given_rank(word: str) -> int:
    first, _ = _gazetteer()._ranks(word)
    return first


@functools.lru_cache(maxsize=1 << 15)
def _surname_ranked(word: str) -> bool:
    _, last = _gazetteer()._ranks(word)
    return 0 < last <= SURNAME_RANK


def _surnames_at(run: str, i: int) -> list[int]:
    """Lengths of the family names that can start ``run`` at ``i`` (longest first)."""
    out: list[int] = []
    for n in (3, 2):
        w = run[i:i + n]
        if len(w) == n and all("\u3400" <= c <= "\ufaff" or c == "\u3005" for c in w) and (
                w in COMPOUND_ZH or _surname_ranked(w)):
            out.append(n)
    if run[i:i + 1] in SURNAMES_ZH:
        out.append(1)
    return out


def _given_ok(given: str) -> bool:
    """Whether ``given`` can be a given name after a family name: one to three Han characters, or one to four
    kana; not a word of ``NOT_NAMES``."""
    if not given or given in NOT_NAMES or JA_TAIL.match(given):
        return False  # "中村です": the copula or an honorific after a family name, not a given name
    if all("\u3041" <= c <= "\u30fc" for c in given):
        return len(given) <= 4
    return len(given) <= 3 and all("\u3400" <= c <= "\ufaff" or c == "\u3005" for c in given)


def split_name(value: str) -> tuple[str, str] | None:
    """(family name, given name) of a Han or kana name written without a space ("王鑫" -> ("王", "鑫"),
    "西村あすか" -> ("西村", "あすか")), or of a Korean one ("박서연"); None when it has no such shape. A ranked
    given name wins over a longer family name."""
    if not value or not RUN.fullmatch(value):
        return None
    if HANGUL_RX.match(value):
        if 2 <= len(value) <= 4 and value[0] in SURNAMES_KO:
            return value[0], value[1:]
        return None
    best = None
    for n in _surnames_at(value, 0):
        given = value[n:]
        if _given_ok(given):
            cand = (value[:n], given)
            if 0 < _given_rank(given) <= GIVEN_RANK:
                return cand
            best = best or cand
    return best


def _strong(value: str) -> bool:
    """A name whose given part the name list ranks (or a Korean one whose given name it ranks)."""
    parts = split_name(value)
    if parts is None:
        return False
    limit = KO_GIVEN_RANK if HANGUL_RX.match(value) else GIVEN_RANK
    return 0 < _given_rank(parts[1]) <= limit


def is_cjk_name(value: str) -> bool:
    """Whether a whole CJK value is shaped like a name (family + given name), for the callers that propagate
    names found once."""
    return split_name(value) is not None and value not in NOT_NAMES


# a name with an honorific and then a particle glued on ("민준씨에게", "서연님께서"): _ko_stem takes one ending off
KO_HONORIFIC_THEN = re.compile(f"([{HANGUL}]{{2,3}}?)(?:님|씨)(?:께서|께|에게|한테|이|가|은|는|을|를|의|도|와|과|랑|"
                               f"하고|이랑|요)$")
# a given name as friends write it: the familiar "이" after a final consonant, then a particle ("서연이가",
# "민준이한테"), or the vocative "아"/"야" before a comma ("지훈아,", "유나야!")
KO_FAMILIAR = re.compile(f"([{HANGUL}]{{2}})(?:(이)(?:가|는|를|도|랑|한테|의|에게|하고|하고는)|(아|야))$")
KO_FAMILIAR_RANK = 500
KO_VOCATIVE_AFTER = frozenset(",!~.?，！")


def _batchim(syllable: str) -> bool:
    return (ord(syllable) - 0xAC00) % 28 != 0


def _ko_glued(text: str, m: re.Match) -> int:
    """The length of the given or full name that opens the Hangul word ``m`` when an honorific and a particle,
    or the familiar "이" and a particle, or the vocative are glued to it; 0 when none is."""
    w = m.group()
    h = KO_HONORIFIC_THEN.fullmatch(w)
    if h and h.group(1) not in NOT_NAMES and (0 < _given_rank(h.group(1)) <= KO_GIVEN_RANK or _ko_name(h.group(1))):
        return len(h.group(1))
    f = KO_FAMILIAR.fullmatch(w)
    if f is None or f.group(1) in NOT_NAMES or not 0 < _given_rank(f.group(1)) <= KO_FAMILIAR_RANK:
        return 0
    final = _batchim(f.group(1)[-1])
    if f.group(2):
        return 2 if final else 0
    after = text[m.end():m.end() + 1]
    if after not in KO_VOCATIVE_AFTER or final != (f.group(3) == "아"):
        return 0
    return 2


def _ko_stem(word: str) -> str:
    """A Korean word without its particle or honorific ("박서연라고" -> "박서연", "건우님" -> "건우"); a name
    whose given name ends in a particle's syllable keeps it ("박지은", "이하은": 지은, 하은 are given names)."""
    m = KO_PARTICLES.search(word)
    if not m or m.start() < 2:
        return word
    stem = word[:m.start()]
    if len(word) in (3, 4) and _strong(word) and not _strong(stem):
        return word
    return stem


# what ends a name inside a Japanese run: the copula, an introduction, an honorific ("山本浩です", "桃子さん")
JA_TAIL = re.compile(r"です|でした|でございます|と申し|といい|と言い|さん|様|さま|くん|ちゃん|氏|先生")


def _name_from(run: str, strong_context: bool) -> int:
    """How many characters at the start of ``run`` (a run of Han and kana) are a person's name: a family and a
    given name (the longest given name the context allows: up to the run's end where the whole run is short, else
    a ranked given name or two characters), or, after a strong context, a lone ranked given name; 0 if none."""
    tail = JA_TAIL.search(run, 1)
    if tail:
        run = run[:tail.start()]
        # "山本浩です", "淳と申します": the speaker says who they are
        strong_context = strong_context or tail.group() in ("です", "と申し", "といい", "と言い", "でございます")
    if not run or run[0] in "のはがをにでとも" or run[0] in FUNCTION_CHARS or run in NOT_NAMES:
        return 0
    if len(run) <= 4 and split_name(run) is not None and (strong_context or _strong(run)):
        return 0 if _big_place(run) else len(run)
    if len(run) <= 4 and 0 < _given_rank(run) <= GIVEN_RANK:
        return len(run)
    for n in _surnames_at(run, 0):
        for g in (3, 2, 1):
            given = run[n:n + g]
            if len(given) == g and _given_ok(given) and 0 < _given_rank(given) <= GIVEN_RANK:
                return n + g
        if strong_context and len(run) >= n + 1:
            g = 2 if len(run) >= n + 2 and run[n + 1] not in "のはがをにでとも、" else 1
            if _given_ok(run[n:n + g]):
                return n + g
    if strong_context and len(run) <= 3 and not _big_place(run):
        return len(run)
    for g in (4, 3, 2):
        if strong_context and 0 < _given_rank(run[:g]) <= GIVEN_RANK and len(run) >= g:
            return g
    return 0


def _name_before(run: str) -> int:
    """How many characters at the end of ``run`` are a name before an honorific ("田中さん", "桃子様", "王女士"):
    the longest ending of at most four characters that is a family and given name, a family name, or a ranked
    given name; 0 if none."""
    for n in range(min(4, len(run)), 0, -1):
        w = run[len(run) - n:]
        if w in NOT_NAMES or w[0] in "のはがをにでとも" or w[0] in FUNCTION_CHARS:
            continue
        if split_name(w) is not None or w in SURNAMES_ZH or w in COMPOUND_ZH or (n >= 2 and _surname_ranked(w)) or (
                n >= 2 and 0 < _given_rank(w) <= GIVEN_RANK):
            return n
    return 0


def _person(out: list[Finding], s: int, e: int, how: str) -> None:
    out.append(Finding(s, e, "PERSON", 0.75, f"person_context_cjk_{how}"))


def _run_at(text: str, pos: int) -> tuple[int, int] | None:
    m = RUN.match(text, pos)
    return (m.start(), m.end()) if m else None


def cjk_people(text: str) -> list[Finding]:
    """People named in Chinese, Japanese or Korean (see the module's docstring)."""
    if not has_cjk(text):
        return []
    out: list[Finding] = []
    # after an introduction, thanks, a greeting or a label: the run that follows
    for rx, how in ((INTRO_BEFORE, "intro"), (WEAK_INTRO_BEFORE, "intro_weak"), (THANKS_BEFORE, "vocative"),
                    (LABEL_BEFORE, "label"), (COLON_LABEL, "label_colon")):
        for m in rx.finditer(text):
            r = _run_at(text, m.end())
            if r is None:
                continue
            s, e = r
            if how in ("label", "label_colon"):
                v = _label_value(text, s, e)
                if v is not None and _whole_name(text[s:v].replace(" ", "").replace("\t", ""),
                                                 m.group().strip(" \t.:：").casefold() in NAME_LABELS):
                    _person(out, s, v, "label")  # "患者: 直方信夫", "Customer: 坂下タクマ <...>", "氏名: 山田 太郎"
                    continue
                if how == "label_colon":
                    continue
            if HANGUL_RX.match(text, s):
                stem = _ko_stem(text[s:e])
                if _ko_name(stem) or (
                        2 <= len(stem) <= 3 and 0 < _given_rank(stem) <= KO_GIVEN_RANK and stem not in NOT_NAMES):
                    _person(out, s, s + len(stem), how)
                continue
            latin_before = how in ("vocative", "label") and m.group()[:1].isascii()
            run = text[s:e]
            if how == "intro_weak" and len(run) <= 4 and split_name(run) is not None and not _big_place(run):
                n = len(run)  # "我是王云。": the whole short run after the introduction, shaped like a name
            else:
                n = _name_from(run, strong_context=how == "intro" or latin_before and e - s <= 4)
            if n:
                _person(out, s, s + n, how)
    # before a Japanese introduction ("鈴木桃子と申します"): the run's last name-shaped stretch, or the whole
    # short run
    # a Japanese writer naming themselves at a text's or clause's start with the copula ("新美匡豊です。"):
    # four or five kanji, a family name the list knows first
    if "です" in text:
        for m in JA_SELF_DESU.finditer(text):
            if _ja_family_first(m.group(1)) and not _big_place(m.group(1)):
                _person(out, m.start(1), m.end(1), "intro")
    for m in INTRO_AFTER.finditer(text):
        run_m = re.search(f"[{HAN}{KANA}]{{1,6}}$", text[max(0, m.start() - 6):m.start()])
        if run_m:
            s = m.start() - len(run_m.group())
            w = run_m.group()
            cut = re.search("[のはがをにでともです、]", w[::-1])
            if cut:
                s = m.start() - cut.start()
            if s < m.start() and text[s:m.start()] not in NOT_NAMES:
                _person(out, s, m.start(), "intro")
    # before an honorific ("桃子様", "王女士", "건우님")
    for m in HONORIFIC.finditer(text):
        run_m = re.search(f"[{HAN}{KANA}]{{1,6}}$", text[max(0, m.start() - 6):m.start()])
        if run_m:
            n = _name_before(run_m.group())
            if n:
                _person(out, m.start() - n, m.start(), "honorific")
    # Korean words: a family and a ranked given name, whatever the particle after it; a ranked given name
    # before 님 or 씨
    if HANGUL_RX.search(text):
        for m in re.finditer(f"(?<![{HANGUL}])[{HANGUL}]{{2,8}}", text):
            w = m.group()
            n = _ko_glued(text, m)
            if n:
                _person(out, m.start(), m.start() + n, "honorific")
                continue
            stem = _ko_stem(w)
            if stem != w and w[len(stem):].startswith(("님", "씨")) and 2 <= len(stem) <= 3 and (
                    0 < _given_rank(stem) <= KO_GIVEN_RANK or _ko_name(stem)):
                _person(out, m.start(), m.start() + len(stem), "honorific")  # "지원님": a name, not "support"
                continue
            if stem in NOT_NAMES:
                continue
            if len(stem) in (3, 4) and _strong(stem):
                _person(out, m.start(), m.start() + len(stem), "ko")
    if HANGUL_RX.search(text):
        for m in KO_ROLE_AFTER.finditer(text):
            w = m.group(1)
            if len(w) == 3 and _ko_name(w) and (_strong(w) or 0 < _given_rank(w[1:]) <= KO_GIVEN_RANK):
                _person(out, m.start(1), m.end(1), "honorific")
    if HAS_HAN.search(text):
        out += _zh_cued_names(text)
    # a short Han or kana run standing alone in text of another script, or on a line of its own
    for m in re.finditer(f"[{HAN}{KANA}]{{2,5}}", text):
        s, e = m.span()
        if (s and (HAS_CJK.match(text, s - 1) or text[s - 1].isalnum())) or (
                e < len(text) and (HAS_CJK.match(text, e) or text[e].isalnum())):
            continue  # inside a longer run, or glued to other letters ("刘街l座")
        w = m.group()
        if w in NOT_NAMES or w[0] in FUNCTION_CHARS or _big_place(w) or w[0] == w[1] or COURTESY_START.match(w):
            continue  # a run opening with a doubled character is a word ("谢谢帮助", "看看", "常常"), or thanks
        if split_name(w) is None:
            # "I can help with that, 桃子.": a ranked given name closing an English sentence after a comma
            if 0 < _given_rank(w) <= GIVEN_RANK and VOCATIVE_BEFORE.search(text, max(0, s - 3), s) and \
                    VOCATIVE_AFTER.match(text, e):
                _person(out, s, e, "vocative")
            continue
        before = text[max(0, s - 2):s]
        latin_line = re.search(r"[A-Za-z]", text[max(0, s - 40):s] + text[e:e + 40]) is not None
        own_line = (s == 0 or "\n" in before) and (e == len(text) or text[e] in "\n<(")
        if _strong(w) or (latin_line and len(w) <= 4) or (own_line and len(w) == 3):
            _person(out, s, e, "alone")
    out += _signed_lines(text)
    if "です" in text:
        out += _desu_names(text)
    return out


# "高橋美咲です。", "…に住んでいる鈴木です。": a Japanese speaker says who they are with the copula at the sentence's
# end; the kanji (or kanji and kana) right before it, shaped as a family name the list ranks and a given name
DESU = re.compile(r"です(?=[。．.!！、,，\n ]|$)")
SPEAKER_BEFORE = re.compile(r"(?:の|私は|わたしは|僕は|俺は)$")
DESU_NAME = re.compile(f"([{HAN}\u30a1-\u30fa\u30fc]{{2,5}}(?:[\u3041-\u3096]{{2,4}})?)$")


def _desu_names(text: str) -> list[Finding]:
    out: list[Finding] = []
    for m in DESU.finditer(text):
        got = DESU_NAME.search(text, max(0, m.start() - 9), m.start())
        if got is None:
            continue
        w = got.group(1)
        cut = _desu_name_len(w)
        s = m.start() - cut
        # a family name alone that is also a town ("出身は長野です": from Nagano) only where it says who speaks
        if cut and (cut < len(w) or not _big_place(w[-cut:]) or s == 0 or SPEAKER_BEFORE.search(
                text, max(0, s - 4), s) is not None or text[s - 1] in " \t\n。、，,.!！「"):
            _person(out, s, m.start(), "intro")
    return out


def _desu_name_len(w: str) -> int:
    """How many characters at the end of ``w`` (the stretch before です) are a name: a two-character family
    name the list ranks and nothing, a given name of one or two kanji or of two to four kana after it."""
    for k in range(len(w) - 1, -1, -1):
        v = w[k:]
        if len(v) < 2 or v in NOT_NAMES:
            continue
        fam = v[:3] if _surname_ranked(v[:3]) else v[:2]
        if not _surname_ranked(fam):
            continue
        given = v[len(fam):]
        if not given or (_given_ok(given) and (len(given) <= 2 or KANA_RX.fullmatch(given))):
            return len(v)
    return 0


# a Korean name, a space, then the person's role or title: "박지은 고객의", "김도윤 과장님", "이하은 환자"
KO_ROLE_AFTER = re.compile(f"(?<![{HANGUL}])([{HANGUL}]{{3}})[ \t]+(?:고객|회원|환자|학생|선생|과장|대리|부장|팀장|사장|"
                           f"교수|기사|주임|실장|원장|작가|감독|변호사|의사|간호사|상담원|매니저|씨|님)")

# Chinese: a family name and a given name between two words that frame a person in running text, where no
# honorific stands: "请联系王芳处理退款", "客户赵磊投诉了三次", "会议由陈静主持", "张伟的订单". Before it, a verb
# that takes a person (联系, 通知, 交给, 由) or a person's role (客户, 同事, 经理); after it, a possessive, a
# verb of speaking or acting, or the clause's end. Both are needed: either alone frames ordinary words too.
ZH_CUE_BEFORE = re.compile(
    r"(?:请联系|联系|聯繫|聯絡|致电|致電|通知|告诉|告訴|转给|轉給|交给|交給|发给|發給|转交|轉交|抄送|找|问|問|由|和|与|與|跟|"
    r"客户|客戶|顾客|顧客|用户|用戶|会员|會員|员工|員工|同事|经理|經理|主管|老板|老闆|患者|病人|乘客|学生|學生|"
    r"联系人|聯絡人|收件人|寄件人|申请人|申請人|持卡人|负责人|負責人|业主|業主|租户|租戶|房东|房東|"
    r"转入|轉入|收到了|收到|据|據|给|給|把|对|對|向|请|請|建议|建議|提醒|"
    # a department's person: "财务部的李莹"
    r"部的|处的|處的|科的|组的|組的|室的|队的|隊的)$")
ZH_CUE_AFTER = re.compile(
    r"(?:的(?:订单|訂單|电话|電話|手机|手機|地址|账户|帳戶|账号|帳號|包裹|快递|快遞|邮箱|郵箱|信息|資訊|身份证|身分證|"
    r"护照|護照|银行卡|銀行卡|车|車|房|家|孩子|妻子|丈夫|妈妈|媽媽|爸爸|名字)|说|說|表示|投诉|投訴|反映|确认|確認|"
    r"负责|負責|主持|处理|處理|打电话|打電話|来电|來電|来信|來信|发来|發來|发邮件|發郵件|签收|簽收|收到|提交|申请|"
    r"申請|已经|已經|一起|今天|明天|昨天|上午|下午|讨论|討論|要求|又|也|还|還|想|要|问|問|回复|回覆|同意|"
    r"批准|希望|在|了|休息|签署|簽署|的(?:账户|賬戶|邮件|郵件|消息|留言|意见|意見)|"
    # after "with X" (和/跟/与 before): talked, met, agreed ("昨天我和朱佳谈了发票的问题")
    r"谈|談|聊|见面|見面|通话|通話|沟通|溝通|商量|联系|聯繫|约好|約好|[。，、！？；：,.!?;:]|$)")
# after a strong name shape where nothing frames it before: a verb of speaking or acting only
ZH_STRONG_AFTER = re.compile(r"(?:说|說|表示|又|也|还|還|要求|希望|已经|已經|打电话|打電話|来电|來電|发来|發來|的(?:订单|訂單|"
                             r"电话|電話|账户|帳戶|賬戶|邮件|郵件|包裹))")

# the characters of the commonest one-character given names (the PRC Ministry of Public Security's national
# name reports, 2019-2020: 张伟, 王芳, 李娜, 刘洋, 陈静, ...); two-character given names are asked of names-dataset
ZH_GIVEN_CHARS = frozenset("伟芳娜敏静丽强磊洋艳勇军杰涛明超娟霞刚平辉燕玲丹鹏红华飞英萍斌宇浩鑫婷雪琳颖倩慧莉梅兰凤洁峰波"
                           "健俊帆旭宁龙林欢阳亮成佳晶莹偉麗強軍傑濤剛輝燕鵬紅華飛瑩寧龍歡陽穎潔鳳蘭")
ZH_POSSESSIVE = re.compile(r"的(?:订单|訂單|电话|電話|手机|手機|地址|账户|帳戶|账号|帳號|包裹|快递|快遞|邮箱|郵箱|身份证|身分證|"
                           r"护照|護照|银行卡|銀行卡)")
CLAUSE_START = frozenset(" \t\n。，、！？；：,.!?;:「『（(\"'“")


def _zh_cued_names(text: str) -> list[Finding]:
    out: list[Finding] = []
    for m in re.finditer(f"[{HAN}]", text):
        i = m.start()
        if text[i] not in SURNAMES_ZH:
            continue
        # no word before it that frames a person: only at a clause's start, with a possessive of a person's
        # things after it ("张伟的订单还没到")
        cued = ZH_CUE_BEFORE.search(text, max(0, i - 3), i) is not None
        clause = i == 0 or text[i - 1] in CLAUSE_START
        after = ZH_CUE_AFTER if cued else (ZH_POSSESSIVE if clause else None)
        # a family name with a two-character given name the list ranks needs one frame only: a word before it
        # that takes a person, or (at a clause's start) a verb or possessive after it ("仇婷婷又打电话来")
        strong_after = ZH_CUE_AFTER if cued else ZH_STRONG_AFTER
        # the given name's length: the one the word after confirms (a ranked given name first)
        for g in (2, 1):
            w = text[i:i + 1 + g]
            # a given name the list ranks, or one character of the commonest given names
            if len(w) != 1 + g or not HAN_ONLY.fullmatch(w) or w in NOT_NAMES or w[1:] in NOT_NAMES or \
                    _big_place(w) or _is_place(w):
                continue
            strong = g == 2 and 0 < _given_rank(w[1:]) <= GIVEN_RANK
            common_given = g == 1 and w[1] in ZH_GIVEN_CHARS
            if ((strong or common_given and (cued or clause)) and strong_after.match(text, i + 1 + g)) or (
                    after is not None and (strong or common_given) and
                    after.match(text, i + 1 + g)):
                _person(out, i, i + 1 + g, "cued")
                break
    return out


# --------------------------------------------------------------------------- whole values: forms and blocks
# A form's value, a signature's line and an address block's first line hold a name and nothing else: the name
# is the whole value, so its shape may be weaker than inside a sentence (a family name no list ranks, a given
# name in katakana: "直方信夫", "坂下タクマ", "낭현준"), while the value's edges keep ordinary words out: "客户：
# 好的" (a chat's speaker and a reply) is no name, "고객센터" on a line of its own neither.

# labels that say "name" (not a role: "员工：", "Customer:" hold a name as often as a word): a whole value of a
# family name of one character and a given name of one or two is a name under them
NAME_LABELS = frozenset("姓名 名字 氏名 名前 お名前 이름 성명 성함 name 收件人 收货人 收貨人 受取人 宛名 수신인 수취인 고객명 "
                        "患者名 받는 분 받는분 보내는 분 보내는분".split()) | {"받는 분", "보내는 분"}
HANGUL_ONLY = re.compile(f"[{HANGUL}]+")
HAN_ONLY = re.compile(f"[{HAN}]+")
JA_MIXED = re.compile(f"([{HAN}]{{1,3}})([{KANA}]{{2,5}})")  # a kanji family name, a given name in kana
KATAKANA_ONLY = re.compile("[\u30a1-\u30fa\u30fc]+")
WHOLE_KO_RANK = 1000  # a Korean given name this well ranked makes a whole value a name (양식, 간병인 are words)
COMPOUND_KO = frozenset("남궁 황보 제갈 선우 독고 사공 서문 동방".split())
# a value that starts with thanks, a greeting or a reply is a sentence, not a name ("谢谢帮助", "好的")
COURTESY_START = re.compile(
    r"(?:谢谢|謝謝|感谢|感謝|多谢|多謝|你好|您好|好的|是的|对的|對的|没有|沒有|收到|可以|不用|不是|明白|知道|"
    r"ありがとう|こんにちは|よろしく|お願い|はい|いいえ|안녕|감사|고맙|네|아니)")
# what ends a label's value: the line, a bracket, a bar, a separator, or Latin text after a space
VALUE_END = re.compile(r"[ \t]*(?:$|[\n<(（|｜,，;；/·・、。.!！?？]|(?<=[ \t])[A-Za-z0-9+@])")
VALUE_GAP = re.compile(f"[ \t]([{HAN}{KANA}]{{1,4}})")  # "山田 太郎": a family and a given name apart


def _ko_name(stem: str) -> bool:
    """A Korean family and given name: a family name the census ranks ("박서연"), or a three-syllable word whose
    last two syllables are a ranked given name ("낭현준": 현준; a rarer family name no list holds)."""
    if stem in NOT_NAMES:
        return False
    if split_name(stem) is not None:
        return True
    return len(stem) == 3 and HANGUL_ONLY.fullmatch(stem) is not None and \
        0 < _given_rank(stem[1:]) <= KO_GIVEN_RANK


def _given_tail(w: str) -> bool:
    """A Han name of three or four characters whose last two are a ranked given name ("直方信夫": 信夫)."""
    return 3 <= len(w) <= 4 and 0 < _given_rank(w[-2:]) <= GIVEN_RANK and w[-2:] not in NOT_NAMES


# what ends a word of a place, a shop or a company, never a given name ("東京駅前店", "山田商店")
JA_PLACE_ENDS = frozenset("市区町村県都府道郡駅社店屋館園院寺港線橋通側方面内外中下上前後様氏君課部局署所場")
JA_PLACE_CHARS = frozenset("駅店社館院寺港線")
JA_FAMILY_RANK = 8000  # Japanese family names are many: a two- or three-kanji one ranked this well in some country
JA_SELF_DESU = re.compile("(?:^|(?<=[。、！？\n]))[ \u3000]*([\u4e00-\u9fff\u3005]{4,5})です")


def _ja_family_first(w: str) -> bool:
    """A run of four or five kanji that opens with a family name of two or three kanji the list ranks among
    JA_FAMILY_RANK and leaves one to three kanji for the given name, no word of ``NOT_NAMES`` among them."""
    if w in NOT_NAMES:
        return False
    for n in (3, 2):
        fam, given = w[:n], w[n:]
        if 1 <= len(given) <= 3 and given not in NOT_NAMES and fam not in NOT_NAMES and \
                given[-1] not in JA_PLACE_ENDS and not any(c in JA_PLACE_CHARS for c in given) and \
                0 < _gazetteer()._ranks(fam)[1] <= JA_FAMILY_RANK:
            return True
    return False


def _whole_name(w: str, strong: bool) -> bool:
    """Whether ``w`` (a whole value, spaces removed) is shaped as a person's name. ``strong``: the label says
    "name", so an unranked family name will do."""
    if not w or w in NOT_NAMES or w[0] in FUNCTION_CHARS or COURTESY_START.match(w) or _big_place(w) or (
            len(w) >= 2 and w[-1] in ADMIN + KO_ADMIN and _is_place(w)):
        return False
    if HANGUL_RX.match(w):
        if not HANGUL_ONLY.fullmatch(w) or not 2 <= len(w) <= 4:
            return False
        # a given name the list ranks well, whatever the family name before it (주방장, 조작원 start with one)
        if len(w) == 4:
            return w[:2] in COMPOUND_KO and 0 < _given_rank(w[2:]) <= WHOLE_KO_RANK
        # under a label that says "name": a census family name and any given name ("윤서아")
        return 0 < _given_rank(w[-2:]) <= WHOLE_KO_RANK or strong and len(w) == 3 and w[0] in SURNAMES_KO and \
            w[-1] not in KO_ROLE_END

    mixed = JA_MIXED.fullmatch(w)
    if mixed:
        # a family name the list ranks; or, under a name label, any kanji and a given name in katakana (a kanji
        # word and hiragana is a verb or an adjective: "参加する", "腐った")
        fam = mixed.group(1)
        return fam in SURNAMES_ZH or _surname_ranked(fam) or fam in COMPOUND_ZH or (
            strong and KATAKANA_ONLY.fullmatch(mixed.group(2)) is not None)
    if strong and HAN_ONLY.fullmatch(w) and 4 <= len(w) <= 5 and _ja_family_first(w):
        return True  # "氏名：二階堂寧子": a rarer Japanese family name and a given name the list does not know
    if not HAN_ONLY.fullmatch(w) or not 2 <= len(w) <= 4:
        return False
    parts = split_name(w)
    if _strong(w) or _given_tail(w) or parts is not None and len(parts[0]) >= 2:
        return True  # a ranked given name, or a family name of two characters the list ranks ("鈴木桃子")
    # a family name of one character and any given name: "客户：方便" is a chat's speaker and a word, so only
    # where the label asks for a name, and a given name of one or two characters ("何时发货" is a sentence)
    return strong and parts is not None and len(parts[1]) <= 2


def _label_value(text: str, s: int, e: int) -> int | None:
    """Where a label's value that starts with the run ``text[s:e]`` ends when the value is that run alone (or a
    family and a given name apart: "山田 太郎"); None when more words follow."""
    gap = VALUE_GAP.match(text, e)
    if gap and e - s <= 3 and VALUE_END.match(text, gap.end()) and not RUN.match(text, gap.end()):
        return gap.end()
    return e if VALUE_END.match(text, e) else None


# a line that ends a letter or heads a delivery block: the next line is who signs or who receives
SIGN_OFF = re.compile(
    r"(?:よろしくお願い(?:いた)?します|よろしくお願い申し上げます|敬具|草々|以上|谢谢|謝謝|此致|敬礼|祝好|顺祝商祺|"
    r"順祝商祺|감사합니다|고맙습니다|수고하세요|お届け先|送付先|配送先|宛先|收件人|收货人|收貨人|收件地址|收货地址|"
    r"配送地址|배송지|받는[ \t]?분|수신인|(?<![A-Za-z])(?i:regards|best|thanks|thank you|sincerely|cheers|ship to|"
    r"deliver to|recipient)|^[ \t]*(?:--|—|__)[ \t]*)[ \t]*[.。!！:：,，、]*[ \t]*\n[ \t]*$", re.M)
RECIPIENT = re.compile(r"お届け先|送付先|配送先|宛先|收件人|收货人|收貨人|배송지|받는|수신인|(?i:ship to|deliver to|recipient)")
SIGN_LINE = re.compile(f"(?m)^[ \t]*([{CJK}]{{2,7}})(?:[ \t]([{HAN}{KANA}]{{1,4}}))?[ \t]*"
                       f"(?=$|[|｜·,，(（<]|[ \t]+(?:[|｜·(（<]|드림|올림|배상|敬上|谨上|謹上|拝))")


def _signed_lines(text: str) -> list[Finding]:
    """A name on a line of its own under a letter's closing, a signature's dashes or a delivery block's label
    ("よろしくお願いいたします。\n進藤仁", "감사합니다.\n낭현준", "--\n岩本瑠偉 | Sales Manager",
    "お届け先：\n森島エリナ"): the whole line (up to a bar or a bracket) is the name."""
    if "\n" not in text:
        return []
    out: list[Finding] = []
    for m in SIGN_LINE.finditer(text):
        s = m.start(1)
        off = SIGN_OFF.search(text, max(0, s - 40), s) if s else None
        if off is None:
            continue
        e = m.end(2) if m.group(2) else m.end(1)
        w = m.group(1) + (m.group(2) or "")
        if m.group(2) and len(m.group(1)) > 3:
            continue
        # under a delivery block's label the line is the recipient: a family name no list ranks will do
        if _whole_name(w, strong=RECIPIENT.search(off.group()) is not None and not HANGUL_RX.match(w)):
            _person(out, s, e, "signed")
    return out


@functools.cache
def _place_list():
    from .placenames import place_list

    return place_list()


def _is_place(w: str) -> bool:
    return len(w) >= 2 and _place_list().get(w) is not None


def _big_place(w: str) -> bool:
    """A town of 15,000 people or more ("高雄", "東京"): after a greeting or a label, no name."""
    p = _place_list().get(w) if len(w) >= 2 else None
    return p is not None and p.population >= 15000


def _place_end(run: str, locative: bool) -> int:
    """How many characters at the end of ``run`` are a place: one or more units of a stem and an
    administrative suffix (横浜市鶴見区), or a name the place list knows; the stem known to the list, or of
    two or more characters after words of living or moving."""
    n = len(run)
    end = n
    taken = 0
    while end > 1 and run[end - 1] in ADMIN + KO_ADMIN:
        best = 0
        for stem_len in range(min(5, end - 1), 0, -1):
            stem = run[end - 1 - stem_len:end - 1]
            unit = stem + run[end - 1]
            if unit in NOT_PLACES or stem in NOT_PLACES or re.search(f"[{KANA}]", stem):
                continue
            if _is_place(unit) or _is_place(stem) or (locative and stem_len >= 1 and not taken and
                                                       end - 1 - stem_len == 0):
                best = stem_len + 1
                break
        if not best:
            break
        end -= best
        taken += best
    if taken:
        return taken
    for k in range(min(6, n), 1, -1):
        w = run[n - k:]
        if w not in NOT_PLACES and _is_place(w) and (locative or k >= 2):
            return k
    return 0


def cjk_places(text: str) -> list[Finding]:
    """Places in Chinese, Japanese or Korean (see the module's docstring)."""
    if not has_cjk(text):
        return []
    out: list[Finding] = []
    for m in PLACE_BEFORE.finditer(text):
        r = _run_at(text, m.end())
        if r is None:
            continue
        s, e = r
        w = text[s:e]
        if HANGUL_RX.match(w):
            w = _ko_stem(w)
        # the place ends where the clause's verb or particle starts: try each end, longest first
        for k in range(min(len(w), 8), 1, -1):
            n = _place_end(w[:k], True)
            if n == k:
                out.append(Finding(s, s + k, "LOCATION", 0.7, "cjk_place"))
                break
    for m in PLACE_AFTER.finditer(text):
        run_m = re.search(f"[{CJK}]{{2,10}}$", text[max(0, m.start() - 10):m.start()])
        if run_m:
            n = _place_end(run_m.group(), True)
            if n >= 2:
                out.append(Finding(m.start() - n, m.start(), "LOCATION", 0.7, "cjk_place"))
    return out + _postcode_places(text) + _admin_chains(text)


# a town by its units alone, where no word of living or moving stands: two administrative units in a row, the
# larger first ("福岡県北九州市小倉北区", "台北市信義區", "北京市朝阳区", "부산광역시 해운대구", "경기도 성남시"), or
# a Korean metropolitan or special city ("부산광역시", "서울특별시"); a stem the place list knows in the first unit
CITY_UNIT = re.compile("市|縣|县|省|都|道|府|県|州")
NEXT_UNIT = re.compile(f"[{HAN}ァ-ヺー]{{1,5}}?(?:市|区|區|町|村|郡|镇|鎮|乡|鄉|县|縣)")
PREV_UNIT = re.compile(f"[{HAN}]{{1,4}}(?:省|都|道|府|県|縣|州)$")
KO_CHAIN = re.compile(
    f"(?<![{HANGUL}])[{HANGUL}]{{1,6}}(?:특별시|광역시|특별자치시|특별자치도|도|시)(?:[ 	]+[{HANGUL}]{{1,6}}(?:시|군|구)){{0,2}}"
    f"(?:[ 	]+[{HANGUL}]{{1,6}}(?:구|읍|면|동))?")
KO_METRO = ("특별시", "광역시", "특별자치시", "특별자치도")


def _admin_chains(text: str) -> list[Finding]:
    out: list[Finding] = []
    last = 0
    for m in CITY_UNIT.finditer(text) if HAS_HAN.search(text) else ():
        p = m.start()
        if p < last:
            continue
        # the unit's stem: the longest of one to five Han characters before it that the place list knows
        k = next((k for k in range(min(5, p), 0, -1) if HAN_ONLY.fullmatch(text, p - k, p) and (
            _is_place(text[p - k:m.end()]) or k >= 2 and _is_place(text[p - k:p]))), 0)
        if not k or text[p - k:m.end()] in NOT_PLACES:
            continue
        s, e, units = p - k, m.end(), 1
        pre = PREV_UNIT.search(text, max(0, s - 5), s)
        if pre:
            s, units = pre.start(), units + 1
        for _ in range(2):
            nxt = NEXT_UNIT.match(text, e)
            if nxt is None or nxt.group() in NOT_PLACES:
                break
            e, units = nxt.end(), units + 1
        if units >= 2:
            out.append(Finding(s, e, "LOCATION", 0.7, "cjk_place_units"))
            last = e
    if HANGUL_RX.search(text):
        for m in KO_CHAIN.finditer(text):
            parts = m.group().split()
            first = parts[0]
            if first.endswith(KO_METRO) or len(parts) >= 2 and (_is_place(first) or _is_place(first[:-1])):
                out.append(Finding(m.start(), m.end(), "LOCATION", 0.7, "cjk_place_units"))
    return out


# a postcode, then the town: Japanese "〒097-5071 さいたま市", Korean "22085 영광군", Chinese "626144 日照市",
# Taiwanese "106 台北市"; the town is a run ending in an administrative unit, or a name the place list knows
POSTCODE_PLACE = re.compile(f"(?:〒[ \t]*)?(?<![\\d-])(?:\\d{{3}}-\\d{{4}}|\\d{{5,6}})[ \t]+([{CJK}]{{2,12}})")
# the street line of such a block, before the postcode (on the line above, or before a separator on the same
# line): a name and a house number ("檜原 404", "회나무 1308", "西罗园 471", "中山路12号")
BLOCK_STREET = re.compile(
    f"(?:^|(?<=[\\n:：]))[ \t]*([{CJK}][{CJK}\\d \t-]{{0,20}}?[ \t]?\\d{{1,5}}(?:[-−‐][\\d]{{1,5}}){{0,2}}"
    f"(?:号|號|番地?)?)[ \t]*(?:[·・,，、][ \t]*|\\n[ \t]*)$")


def _postcode_places(text: str) -> list[Finding]:
    """A town after a postcode, and the street line before it (an address block or a signature's address)."""
    if not HAS_DIGIT_RX.search(text):
        return []
    out: list[Finding] = []
    for m in POSTCODE_PLACE.finditer(text):
        s, e = m.span(1)
        w = m.group(1)
        if HANGUL_RX.match(w):
            w = _ko_stem(w)
            e = s + len(w)
        if w in NOT_PLACES or w[-1] not in ADMIN + KO_ADMIN + "都道":
            continue  # a known town without its unit ("合作", "バス" are towns too) is not taken on a number alone
        if len(w) < 2 or (len(w) == 2 and w[-1] in ADMIN + KO_ADMIN and not _is_place(w)):
            continue
        out.append(Finding(s, e, "LOCATION", 0.7, "cjk_place_postcode"))
        street = BLOCK_STREET.search(text, max(0, m.start() - 40), m.start())
        if street:
            out.append(Finding(street.start(1), street.end(1), "STREET_ADDRESS", 0.7, "street_cjk_block"))
    return out


# where a CJK name found once may stand again: not glued to Latin letters or digits, and (Hangul, a script with
# spaces) at a word's start ("지원" inside "고객지원" is the word "support", not 이지원's given name)
CJK_NAME_EDGE = f"(?<![A-Za-z0-9_<{HANGUL}])"
# a one-character given name ("宇", "云") only where it stands alone ("宇，抱歉久等了", "that, 宇.")
CJK_CHAR_EDGE = f"(?<![A-Za-z0-9_<{CJK}])"
CJK_CHAR_END = f"(?![A-Za-z0-9_>{CJK}])"


def cjk_name_words(value: str) -> set[str]:
    """What a CJK name found once is found again as, elsewhere in its record: the name itself (two characters
    or more), and its family and given names of two characters or more ("鈴木桃子" -> 鈴木, 桃子); a given
    name of one character is too common a character to be scrubbed wherever it stands."""
    out = {value} if len(value) >= 2 else set()
    parts = split_name(value)
    if parts:
        out.update(p for p in parts if p not in NOT_NAMES and (len(p) >= 2 or p == parts[1]))
    return out


# the contexts that confirm a CJK name enough to look for it in every other record of the dataset (not a run
# standing alone in English text, nor a word after thanks: "王老吉" is a drink)
DATASET_CONTEXTS = frozenset(f"person_context_cjk_{h}" for h in ("intro", "intro_weak", "honorific", "label", "signed",
                                                                   "ko"))


def cjk_dataset_name(value: str, source: str) -> bool:
    """Whether a CJK name found once (by ``source``) is found again in the dataset's other records: a whole name
    of three characters or more, shaped as one (a family and a given name; a kanji family name and a kana
    given name), confirmed by an introduction, an honorific, a label or a signature. A given name alone, or two
    characters, stays in its record: across a dataset it would meet ordinary words."""
    if not (source in DATASET_CONTEXTS or source.startswith("person_context") and not source.startswith(
            "person_context_cjk")) or len(value) < 3 or value in NOT_NAMES:
        return False
    if HANGUL_RX.match(value):
        return _ko_name(value) and len(value) <= 4
    return (split_name(value) is not None or JA_MIXED.fullmatch(value) is not None or _given_tail(value)) and \
        len(value) <= 7


CJK_RUNS = re.compile(f"[{CJK}]{{3,}}")


def cjk_pieces(text: str) -> set[str]:
    """Every stretch of three to seven characters inside the CJK runs of ``text``: where a name of the dataset can
    stand in a script with no spaces ("我是王鑫明。" holds 王鑫明), for the index of known names, which is by
    word. Linear: at most five pieces per character."""
    out: set[str] = set()
    for m in CJK_RUNS.finditer(text):
        run = m.group()
        for i in range(len(run) - 2):
            for n in (3, 4, 5, 6, 7):
                if i + n > len(run):
                    break
                out.add(run[i:i + n])
    return out
