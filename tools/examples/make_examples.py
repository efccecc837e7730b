#!/usr/bin/env python3
"""Generates the bundled example protocol, assets/examples/protokoll-miljo-och-byggnamnden.docx,
and the same protocol as PDF (converted by LibreOffice).

Everyone in it is fictional; the personnummer and samordningsnummer are Skatteverket's
official test numbers. The protocol is meant to show every rule of the guideline
(../shared/guideline-rules.md): see the comment before each §.

Run from the repository root:  python3 tools/examples/make_examples.py
"""
import datetime
import io
import os
import struct
import subprocess
import tempfile
import zlib

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "assets", "examples")
NAME = "protokoll-miljo-och-byggnamnden"


def png(width, height, ink):
    """A small grayscale PNG; `ink(x, y)` says which pixels are dark (a scribbled
    signature, a face-like blob). Pure Python so the generator needs nothing more."""
    rows = b"".join(b"\x00" + bytes(40 if ink(x, y) else 255 for x in range(width)) for y in range(height))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return io.BytesIO(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def signature_png():
    import math
    return png(160, 40, lambda x, y: abs(y - 20 - 12 * math.sin(x / 9.0)) < 2)


def photo_png():
    return png(60, 80, lambda x, y: (x - 30) ** 2 / 400 + (y - 30) ** 2 / 600 < 1 or (y > 60 and abs(x - 30) < 25))


def page_field(paragraph):
    """A PAGE field, as Word writes it in a footer."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), " PAGE ")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def table(d, rows, header=None):
    t = d.add_table(rows=0, cols=len(rows[0]))
    t.style = "Table Grid"
    for row in ([header] if header else []) + rows:
        cells = t.add_row().cells
        for cell, value in zip(cells, row):
            cell.text = value
    return t


def section(d, number, title, dnr, paragraphs):
    d.add_heading(f"§ {number} {title}", level=2)
    d.add_paragraph(dnr)
    for p in paragraphs:
        if p.startswith("Beslut:"):
            d.add_paragraph().add_run("Beslut").bold = True
            d.add_paragraph(p[len("Beslut:"):].strip())
        else:
            d.add_paragraph(p)


def build():
    d = docx.Document()
    style = d.styles["Normal"]
    style.font.name = "Liberation Sans"
    style.font.size = Pt(10.5)
    props = d.core_properties
    props.title = "Sammanträdesprotokoll Miljö- och byggnämnden 2026-03-12"
    props.author = "Linnea Forsberg"
    props.last_modified_by = "Linnea Forsberg"
    props.created = datetime.datetime(2026, 3, 16, 9, 0)
    props.modified = datetime.datetime(2026, 3, 16, 9, 0)
    props.revision = 1

    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Norrvik kommun\tSAMMANTRÄDESPROTOKOLL\tMiljö- och byggnämnden"
    footer = sec.footer.paragraphs[0]
    footer.text = "Justerandes signatur ............    Utdragsbestyrkande ............    Sida "
    page_field(footer)

    d.add_heading("SAMMANTRÄDESPROTOKOLL", level=0)
    d.add_paragraph("Miljö- och byggnämnden, Norrvik kommun")
    d.add_paragraph("Sammanträdesdatum 2026-03-12")
    d.add_paragraph("Plats och tid: Kommunhuset, Storgatan 1, Norrvik, kl. 09.00–12.15")

    # fortroendevald: the attendance block names the officials, who stay visible.
    d.add_paragraph("Beslutande")
    table(d, [
        ["Karin Lund (S)", "ordförande"],
        ["Per-Erik Ström (M)", "vice ordförande"],
        ["Aino Pokka (C)", "ledamot"],
        ["Mohammed Al-Rashid (V)", "ledamot"],
        ["Eva-Lena Sundqvist (L)", "tjänstgörande ersättare för Gunnar Holm (KD)"],
    ])
    d.add_paragraph("Övriga närvarande")
    d.add_paragraph("Sofia Wikström, miljö- och byggchef")
    d.add_paragraph("Anders Nyberg, bygglovshandläggare, föredragande § 21–23")
    d.add_paragraph("Linnea Forsberg, nämndsekreterare")
    d.add_paragraph("Utses att justera: Aino Pokka")
    d.add_paragraph("Justeringens plats och tid: Kommunhuset, 2026-03-16")
    # namnteckning: the signature block of the original carries scanned signatures.
    d.add_paragraph("Underskrifter")
    d.add_paragraph("Sekreterare: Linnea Forsberg")
    d.add_paragraph().add_run().add_picture(signature_png(), width=docx.shared.Cm(4))
    d.add_paragraph("Ordförande: Karin Lund [inskannad namnteckning]")
    d.add_paragraph("Justerande: Aino Pokka [inskannad namnteckning]")

    # fastighetsbeteckning in a gynnande beslut (stays), personnummer in 12-digit form,
    # a private name and address, an SFS reference and an amount (neither is personal data).
    section(d, 21, "Bygglov för tillbyggnad av enbostadshus på fastigheten Norrvik Tallen 4",
            "Dnr MBN 2026/0112", [
                "Sökande: Jörgen Åkesson, 194709183109, Tallvägen 7 B, 981 32 Norrvik.",
                "Ansökan avser en tillbyggnad om 28 kvadratmeter. Förvaltningen bedömer att åtgärden "
                "är förenlig med detaljplanen.",
                "Beslut: Miljö- och byggnämnden beslutar att bevilja bygglov för tillbyggnad på "
                "fastigheten Norrvik Tallen 4 med stöd av 9 kap. 31 § plan- och bygglagen (2010:900). "
                "Avgiften är 12 480 kr.",
            ])

    # avslag: the fastighetsbeteckning is masked; c/o and Box address, private phone and
    # e-mail; a religious belief (känslig personuppgift) tied to the applicant.
    section(d, 22, "Ansökan om strandskyddsdispens för brygga, Björkudden 1:23",
            "Dnr MBN 2025/0987", [
                "Sökande: Ahmed Yusuf Hassan, 790717-9191, c/o Farah Ali, Box 512, 981 22 Norrvik, "
                "telefon 070-312 45 67, e-post ahmed.hassan@exempel.se.",
                "Sökanden har uppgett att bryggan ska användas vid fredagsbön för den muslimska "
                "församling han är medlem i.",
                "Sökanden har bifogat ett foto av sig själv på platsen:",
                "Beslut: Miljö- och byggnämnden beslutar att avslå ansökan om strandskyddsdispens "
                "på fastigheten Björkudden 1:23.",
            ])
    # foto: a photo of the applicant attached to the § (flagged for the user to look at).
    d.add_paragraph().add_run().add_picture(photo_png(), width=docx.shared.Cm(2))

    # myndighetsutövning against an enskild näringsidkare, whose organisationsnummer is
    # his personnummer; vitesföreläggande (ingripande beslut): fastighet masked.
    section(d, 23, "Föreläggande med vite om sanering, fastigheten Kvarnen 3",
            "Dnr MBN 2026/0045", [
                "Vid tillsyn den 4 februari 2026 konstaterades oljespill på fastigheten Kvarnen 3 "
                "där Bengt Nilsson driver enskild firma Nilssons Bil & Plåt, org.nr 560927-2819.",
                "Beslut: Nämnden förelägger Bengt Nilsson vid vite av 50 000 kr att sanera "
                "marken på fastigheten Kvarnen 3 senast den 30 juni 2026.",
            ])

    # lagöverträdelse: a suspected crime; a mistyped personnummer (wrong check digit).
    section(d, 24, "Anmälan om misstänkt miljöbrott", "Dnr MBN 2026/0101", [
        "Kent Olofsson, 470918-3108, misstänks ha grävt ned avfall i strid med miljöbalken.",
        "Beslut: Nämnden beslutar att anmäla Kent Olofsson till Polismyndigheten för misstänkt "
        "miljöbrott.",
    ])

    # integritetskänslig (finances, family) and känslig (health) about a private person.
    section(d, 25, "Bostadsanpassningsbidrag", "Dnr MBN 2026/0077", [
        "Siv Marklund, 000101-2384, har diagnosen multipel skleros och använder rullstol. "
        "Hon har betalningsanmärkningar och skulder hos Kronofogden och bor ensam med två barn.",
        "Beslut: Nämnden beviljar bidrag om 86 000 kr för ramp och dörröppnare.",
    ])

    # sekretess: the whole § body is masked, keeping the number and heading.
    section(d, 26, "Ansökan om samtycke till uttag från spärrat konto", "Dnr ÖFN 2026/0012", [
        "Ställföreträdaren Lars Berglund ansöker för Astrid Johansson, samordningsnummer "
        "500567-2380, om samtycke till uttag av 40 000 kr från spärrat konto.",
        "Beslut: Nämnden lämnar samtycke till uttaget.",
    ])

    # medborgarförslag: the proposer's name stays, her address and e-mail do not.
    section(d, 27, "Medborgarförslag om belysning i Hägerparken", "Dnr KS 2025/0440", [
        "Maja Korhonen, Strandvägen 19, 981 40 Norrvik, maja.korhonen@exempel.se, föreslår "
        "att gångvägen genom Hägerparken får belysning.",
        "Beslut: Nämnden föreslår kommunfullmäktige att bifalla medborgarförslaget.",
    ])

    # facklig: MBL information with union representatives (membership is sensitive).
    section(d, 28, "Information enligt 19 § MBL", "Dnr MBN 2026/0003", [
        "Information om ny organisation har lämnats till Kommunal genom ombudet Hamid Rezaei "
        "och till Vision genom ombudet Anna-Karin Björk.",
    ])

    # a company with its organisationsnummer stays; the switchboard and a functional
    # mailbox stay; dates, times and diarienummer are not personal data.
    section(d, 29, "Redovisning av delegationsbeslut", "Dnr MBN 2026/0002", [
        "Följande beslut har fattats på delegation under perioden 2026-02-01–2026-02-28.",
    ])
    table(d, [
        ["MBN 2026/0031", "Startbesked", "Norrvik Energi AB, org.nr 556016-0680"],
        ["MBN 2026/0039", "Slutbesked", "Tallen 4"],
        ["MBN 2026/0040", "Avslag bygglov", "Ingrid Öhman, Granvägen 3"],
    ], header=["Diarienummer", "Beslut", "Avser"])
    d.add_paragraph("Frågor besvaras via kommunens växel 0980-700 00 eller miljo.bygg@norrvik.se.")
    d.add_paragraph("Vid protokollet: Linnea Forsberg")
    return d


def main():
    os.makedirs(OUT, exist_ok=True)
    target = os.path.join(OUT, NAME + ".docx")
    build().save(target)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, target],
                       check=True, capture_output=True)
        os.replace(os.path.join(tmp, NAME + ".pdf"), os.path.join(OUT, NAME + ".pdf"))


if __name__ == "__main__":
    main()
