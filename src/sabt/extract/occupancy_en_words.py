"""English words of the occupancy rules: the head nouns of posts and the nouns of the bodies
a post is of. Closed classes written out in full, kept apart from the wordings in
`occupancy_en` and `occupancy_en_before`.
"""

# ("ex-governor", "vice-chairman", "then-president": a prefix joined to the head by a hyphen.)
_HEAD_PREFIX = r"(?:(?:[Ee]x|[Vv]ice|[Cc]o|[Tt]hen|[Ff]ormer|[Aa]cting|[Ss]ub|[Uu]nder)-)?"
HEADS = _HEAD_PREFIX + (
    # ("Brigadier-General X", "Lieutenant-Colonel X": a rank's words joined by a hyphen.)
    r"(?:(?:Brigadier|Major|Lieutenant)-(?:General|Colonel)|Lieutenant-Commander|"
    r"(?:Rear|Vice)-Admiral|Field[- ]Marshal|"
    # A monarch's titles ("X, the king of Y", "the emir of Y"); a shah, an emir and a sultan
    # in capitals only before "of" ("The Sultan of Y, X"), as Shah, Emir and Sultan are given
    # names and parts of names too.
    r"[Kk]ing|[Qq]ueen|sultan|emir|[Ee]mpress|[Mm]onarch|[Cc]rown [Pp]rince|shah|"
    r"(?:Sultan|Emir|Shah)(?=\s+of\b)|"
    r"[Tt]sar|[Cc]zar|[Cc]aliph|[Mm]aharaja|[Rr]egent|"
    r"[Pp]rosecutor(?:[- ][Gg]eneral)?|[Aa]ttorney[- ][Gg]eneral|[Mm]inister|[Jj]udge|[Hh]ead|"
    r"[Cc]hief(?: [Jj]ustice| [Ee]xecutive(?: [Oo]fficer)?)?|CEO|[Pp]resident(?:-elect)?|"
    r"[Dd]irector|[Gg]overnor|"
    r"[Cc]ommander(?:-in-[Cc]hief)?|[Ss]ecretary[- ][Gg]eneral|[Ss]ecretary|[Rr]apporteur|"
    r"[Ll]eader|[Cc]hairman|[Cc]hairwoman|[Cc]hair|[Ss]pokes(?:man|woman|person)|[Aa]mbassador|"
    r"[Cc]ommissioner|[Ww]arden|[Dd]eputy|[Ii]nterrogator|[Rr]epresentative|[Ss]uccessor|"
    r"[Mm]ember|General|Colonel|Brigadier|Lieutenant|Captain|Sergeant|Corporal|[Oo]fficer|[Mm]ayor|"
    r"[Ff]ounder|[Cc]oordinator|[Aa]dvis[eo]r|[Ii]nspector|[Ss]uperintendent|Major|[Mm]arshal|"
    r"[Jj]ournalist|[Rr]eporter|[Cc]ameraman|[Pp]hotographer|[Ll]awyer|[Cc]ommandant|"
    r"[Cc]hancellor|[Pp]remier|[Ee]nvoy|[Mm]agistrate|[Aa]dministrator|"
    r"[Pp]rofessor|[Ll]ecturer|[Ee]mperor|[Bb]usiness(?:man|woman)|[Pp]olice(?:man|woman)|"
    r"[Ee]conomist|[Rr]esearcher|[Ff]ilm-?maker|[Dd]ocumentary[- ]maker|"
    r"[Oo]fficial|[Dd]octor|[Nn]urse|"
    # A legislature's speaker: in capitals, deputy or of a body ("The speaker, X, is a witness"
    # is whoever speaks in the text).
    r"Speaker|(?<=[Dd]eputy )speaker|speaker(?=\s+of\b)|"
    # Members of a legislature or council, and other offices held by election or appointment.
    r"[Ss]enator|MP|[Ll]awmaker|[Ll]egislator|[Cc]ongress(?:man|woman)|[Cc]ouncill?or|"
    r"[Pp]arliamentarian|[Aa]lderman|[Aa]ssembly(?:man|woman|member)|[Tt]reasurer|[Rr]egistrar|"
    r"[Oo]mbuds(?:man|woman|person)|[Ss]heriff|[Cc]onsul|[Dd]ean|[Rr]ector|[Pp]rovost|"
    r"Admiral|Commodore|"
    # Offices of delegation, administration and the courts. (A church's titles, "Archbishop X",
    # are a form of address, no post.)
    r"[Dd]elegate|[Pp]refect|[Ss]ub-?[Pp]refect|[Ee]ditor|[Mm]anager|[Ss]upervisor|[Cc]omptroller|"
    r"[Aa]uditor|[Cc]oroner|[Pp]athologist|[Aa]ttorney|[Ss]olicitor|[Vv]iceroy|"
    # Offices of a mission abroad, and those who inquire or mediate for a body.
    r"[Aa]ttach[ée]|[Cc]harg[ée] d[’']affaires|[Ii]nvestigator|[Mm]ediator|"
    # A commander's or a ruler's personal staff ("the general's aide-de-camp, X").
    r"[Aa]ide-de-[Cc]amp|[Aa]ide|[Aa]djutant(?:[- ][Gg]eneral)?|[Cc]hamberlain)"
)
# A body a post is of: "headed the secret police", "the inquiry, chaired by …".
BODY = (
    r"(?:army|navy|air force|police|gendarmerie|militia|military|intelligence|ministry|"
    r"government|junta|council|committee|commission|court|tribunal|panel|inquiry|party|"
    r"movement|front|organi[sz]ation|agency|service|directorate|department|bureau|office|"
    r"division|brigade|regiment|battalion|platoon|unit|squad|forces?|guard|corps|prison|jail|"
    r"camp|cent(?:re|er)|province|state|country|delegation|team|judiciary|board|cabinet|command|"
    r"administration|secretariat|security|staff|group|faction|mission|garrison|fleet|wing|"
    r"detachment|contingent|battery|task force|taskforce|headquarters|station|precinct|zone|"
    r"sector|district|region|chamber|parliament|assembly|senate|congress|legislature|union|federation|"
    # A body of money or trade ("head of the sovereign wealth fund X").
    r"fund|foundation|company|corporation|bank|firm|conglomerate)"
)
