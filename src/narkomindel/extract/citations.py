"""Where a name is a citation, not an actor: bibliographic patterns after a name
("Name, Title (Place, 1968)", "Name (ed.)"), scholarly cues before or after it
("historian X", "X argues"), archival references."""

from __future__ import annotations

import re

__all__ = [
    "CITE_AFTER", "ARCHIVAL", "SCHOLAR_AFTER", "SCHOLAR_BEFORE", "AS_BEFORE", "AS_SCHOLAR_AFTER",
    "ACCORDING", "CITE_BEFORE",
]  # fmt: skip

CITE_AFTER = re.compile(
    r"""^(?:['’]s)?\s*(?:
        \((?:ed|eds|comp|trans)\.?\)                                  # editor: Name (ed.)
      | ,\s*(?:ed|eds)\.                                              # Name, ed.
      | ,\s*["'“‘*_]                                                  # Name, 'Title' / *Title*
      | ,\s+[A-Z0-9/][^()\n]{0,250}?[(\[](?:[A-Z][\w .,'’:-]*,?\s*)?\d{4}[^)\]]{0,20}[)\]]   # Name, Title (Place, 1968); "/" an italic I in OCR
      | \s*\[pseud\.?\]                                               # Name [pseud.]
      | \s+and\s+(?:[A-Z][\w'’.-]*\s+){1,3}\((?:ed|eds)\.?\)           # Name and Other (eds.)
      | \s+et\s+al\b                                                  # Name et al.
      | ,\s+[A-Z][^()\n]{0,140}?,\s+(?:vol|vols|pp?|ch|chap|no)\.   # Name, Short Title, p. 12
      | ,\s+(?:op\.\s*cit|loc\.\s*cit|ibid)
    )""",
    re.X,
)
# archival references ("AVP RF, f. 04, op. 42, d. 53619, l. 18") cite documents, not authors
ARCHIVAL = re.compile(
    r"\b(?:AVP|RGASPI|GARF|RGAE|RGVA|TsGA|APRF|AP RF|f\.\s*\d|op\.\s*\d|d\.\s*\d|l\.\s*\d)"
)
SCHOLAR_AFTER = re.compile(
    r"^(?:['’]s\s+(?:[a-z]+\s+){0,2}(?:thesis|assessment|study|studies|biography|characteri[sz]ation|view|views|"
    r"interpretation|analysis|argument|theory|research|estimate|conclusions?|hypothesis)\b"
    r"|,?\s+(?:has\s+|had\s+)?(?:also\s+)?(?:argues|argued|speculates|speculated|moots|mooted|contends|contended|"
    r"maintains|concludes|concluded|has advanced the theory|advanced the theory|has put it|put it|theorizes|theorises)\b"
    # an author's credentials: "X\n\nDoctor of Political Science", "X is Lecturer in History at"
    r"|\s*\n\s*(?:Doctor|Professor|Associate\s+Professor|Assistant\s+Professor|Senior\s+Lecturer|Lecturer"
    r"|Reader|Research\s+Fellow|Ph\.?\s?D\.?)\b"
    r"|,?\s+(?:is|was)\s+(?:an?\s+)?(?:(?:Senior|Associate|Assistant|Emeritus|Visiting|Research)\s+)?"
    r"(?:Lecturer|Professor|Reader|Fellow|Research\s+Fellow)\s+(?:in|of|at|emeritus)\b)"
)
SCHOLAR_BEFORE = re.compile(r"(?:\bProfessors?|\bProf\.|\bhistorian|\bscholar)\s+$")
#: "As X has argued", "As X (1987) notes": a scholar's view; "As M. X hurried into the
#: station" is a time, so "As" needs a scholar's verb after the name
AS_BEFORE = re.compile(r"\bAs\s+$")
AS_SCHOLAR_AFTER = re.compile(
    r"(?:['’]s)?\s*(?:\(\d{4}\)\s*)?,?\s*(?:has\s+|had\s+|also\s+)*(?:argued|argues|noted|notes"
    r"|shown|shows|showed|observed|observes|put\s+it|puts\s+it|wrote|writes|suggested|suggests"
    r"|pointed\s+out|points\s+out|remarked|remarks|demonstrated|demonstrates|concluded|concludes"
    r"|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|contended|contends|maintained|maintains"
    r"|claimed|claims|explained|explains|described|describes|recalled|recalls|says|said)\b"
)
ACCORDING = re.compile(r"\baccording to\s+$", re.I)
CITE_BEFORE = re.compile(
    r"(?:\bed\.|\beds\.|\bedited by|\btranslated by|\bquoted in|\bcited in|\bsee|\bcf\.|"
    r"\binterview(?:ed)? with|\bconducted by|\breproduced in|\breprinted in)\s*"
    r"(?:[A-Z][a-z]+\s+)?$",  # "ed. Ivo Lederberg": a first name not in the gazetteer
    re.I,
)
