"""The WordprocessingML element names the walk compares against, in lxml's `{namespace}name` form."""

from __future__ import annotations

from docx.oxml.ns import qn

MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"

P = qn("w:p")
R = qn("w:r")
TBL = qn("w:tbl")
TR = qn("w:tr")
TC = qn("w:tc")
SDT = qn("w:sdt")
SDT_CONTENT = qn("w:sdtContent")
CUSTOM_XML = qn("w:customXml")
TXBX_CONTENT = qn("w:txbxContent")
FOOTNOTE = qn("w:footnote")
TR_DELETED = qn("w:del")  # in w:trPr: a row deleted with changes tracked

# Attributes.
ID = qn("w:id")
TYPE = qn("w:type")
CHAR = qn("w:char")
VAL = qn("w:val")

# Run content that shows as text.
T = qn("w:t")
TAB = qn("w:tab")
PTAB = qn("w:ptab")
BR = qn("w:br")
CR = qn("w:cr")
NO_BREAK_HYPHEN = qn("w:noBreakHyphen")
SYM = qn("w:sym")
FOOTNOTE_REFERENCE = qn("w:footnoteReference")

# Run content that may hold text boxes.
DRAWING = qn("w:drawing")
PICT = qn("w:pict")
OBJECT = qn("w:object")
ALTERNATE_CONTENT = MC + "AlternateContent"
CHOICE = MC + "Choice"
FALLBACK = MC + "Fallback"

# Paragraph content whose runs are visible: links, revisions kept, fields, tags and content controls.
TRANSPARENT = frozenset(
    {
        qn("w:hyperlink"),
        qn("w:ins"),
        qn("w:moveTo"),
        qn("w:smartTag"),
        CUSTOM_XML,
        qn("w:fldSimple"),
        SDT,
        SDT_CONTENT,
        qn("w:bdo"),
        qn("w:dir"),
    }
)
# Deleted revisions: not visible, dropped with everything inside.
DELETED = frozenset({qn("w:del"), qn("w:moveFrom")})
