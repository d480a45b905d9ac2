"""The certificate of volunteer service and the 公示 list read back as text: the person with
the ID number masked, the period and hours, every service itemised with 补录 marked, the issuer,
the seal and free-of-charge lines, long lists over numbered A4 pages; the list's posting
period and where to object."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from hall_desk.printing.publicity_list import (
    PublicityDocument,
    PublicityLine,
    render_publicity_list,
)
from hall_desk.printing.volunteer_certificate import (
    CertificateDocument,
    CertificateItem,
    certificate_archive_name,
    render_volunteer_certificate,
)
from tests.printing.test_slips import _flat, _page_sizes, _pypdf_text

A4_SIZE = (595.28, 841.89)
PRINTED = datetime(2026, 11, 20, 9, 30)


def _certificate(items: tuple[CertificateItem, ...], **changes: object) -> CertificateDocument:
    fields: dict[str, object] = {
        "number": "CN01-V2026-0007",
        "name": "张三丰",
        "masked_id_number": "1422**********4565",
        "unit_name": "",
        "organisation": "城南社区党群服务中心",
        "organisation_address": "幸福路 88 号",
        "organisation_phone": "0351-1234567",
        "period_from": date(2026, 1, 1),
        "period_to": date(2026, 12, 31),
        "total_minutes": sum(item.minutes for item in items),
        "items": items,
        "issuer": "李晓燕",
        "issued_on": date(2026, 11, 20),
        "printed_at": PRINTED,
    }
    fields.update(changes)
    return CertificateDocument(**fields)  # type: ignore[arg-type]


ITEMS = (
    CertificateItem(date(2026, 7, 6), "暑期托管班", "助教", 180),
    CertificateItem(date(2026, 7, 13), "暑期托管班", "助教", 150, supplementary=True),
    CertificateItem(date(2026, 9, 12), "“九九重阳”义诊", "秩序维护", 135),
)


def test_the_certificate_names_the_person_period_hours_and_items() -> None:
    pdf = render_volunteer_certificate(_certificate(ITEMS))
    assert _page_sizes(pdf) == [pytest.approx(A4_SIZE, abs=0.01)]
    text = _flat(_pypdf_text(pdf))
    for expected in (
        "编号：CN01-V2026-0007",
        "志愿服务记录证明",
        "兹证明张三丰（身份证号：1422**********4565）",
        "于2026年1月1日至2026年12月31日期间",
        "参加志愿服务3次，累计志愿服务时长7.8小时",
        "12026-07-06暑期托管班助教3.0",
        "22026-07-13暑期托管班助教2.5补录",
        "32026-09-12“九九重阳”义诊秩序维护2.3",  # 135 minutes: halves round up
        "合计3次7.8",
        "记录和出具单位：城南社区党群服务中心",
        "经办人：李晓燕",
        "出具日期：2026年11月20日",
        "地址：幸福路88号",
        "（盖章）",
        "无偿出具，不收取任何费用",
        "第1页",
    ):
        assert expected in text, expected
    assert "补打" not in text
    member = _flat(_pypdf_text(render_volunteer_certificate(
        _certificate(ITEMS, name="李明", unit_name="县供电公司", reprint=True))))  # fmt: skip
    assert "李明（身份证号：1422**********4565，县供电公司）" in member
    assert "（补打）" in member


def test_a_long_list_runs_over_numbered_pages_with_the_header_repeated() -> None:
    items = tuple(
        CertificateItem(
            date(2026, 1, 1) + timedelta(days=n),
            f"周末志愿服务第{n + 1}场",
            "引导员",
            60 + n % 3 * 30,
            supplementary=n % 10 == 0,
        )
        for n in range(90)
    )
    pdf = render_volunteer_certificate(_certificate(items))
    pages = _page_sizes(pdf)
    assert len(pages) >= 3
    assert all(size == pytest.approx(A4_SIZE, abs=0.01) for size in pages)
    text = _flat(_pypdf_text(pdf))
    assert f"第1页共{len(pages)}页" in text and f"第{len(pages)}页共{len(pages)}页" in text
    # The table runs over every page, its header on each.
    assert text.count("序号服务日期活动名称服务岗位时长（小时）备注") == len(pages)
    assert all(f"周末志愿服务第{n + 1}场" in text for n in range(90))
    assert text.count("补录") == 9 + 2  # the nine marks and the explanation's two
    total = sum(item.minutes for item in items)
    assert f"合计90次{total / 60:.1f}" in text
    assert "（盖章）" in text


def test_archive_name_follows_the_slips() -> None:
    assert certificate_archive_name("CN01-V2026-0007", PRINTED, False) == (
        "CN01-V2026-0007_certificate_20261120-093000.pdf"
    )
    assert certificate_archive_name("CN01-V2026-0007", PRINTED, True).endswith("_reprint.pdf")


def _publicity(lines: tuple[PublicityLine, ...]) -> PublicityDocument:
    return PublicityDocument(
        organisation="城南社区党群服务中心",
        organisation_address="幸福路 88 号",
        organisation_phone="0351-1234567",
        period_from=date(2026, 10, 1),
        period_to=date(2026, 10, 31),
        lines=lines,
        posted_from=date(2026, 11, 20),
        posted_to=date(2026, 11, 27),
        printed_at=PRINTED,
    )


def test_the_publicity_list_names_everyone_with_hours_and_where_to_object() -> None:
    lines = (
        PublicityLine("李明", "县供电公司", 3, 480),
        PublicityLine("张三丰", "", 1, 120),
    )
    pdf = render_publicity_list(_publicity(lines))
    assert _page_sizes(pdf) == [pytest.approx(A4_SIZE, abs=0.01)]
    text = _flat(_pypdf_text(pdf))
    for expected in (
        "志愿服务时长公示",
        "现将2026年10月1日至2026年10月31日在城南社区党群服务中心参加志愿服务",
        "共2人，4人次，10.0小时",
        "1李明县供电公司38.0",
        "2张三丰—12.0",
        "合计2人410.0",
        "公示期：2026年11月20日至2026年11月27日（7天）",
        "公示期内如有异议，请向城南社区党群服务中心反映（地址：幸福路88号，电话：0351-1234567）",
    ):
        assert expected in text, expected
    empty = _flat(_pypdf_text(render_publicity_list(_publicity(()))))
    assert "本期无志愿服务时长记录" in empty and "共0人" in empty
