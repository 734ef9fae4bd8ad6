"""Boilerplate removal: each kind of furniture, the false positives to avoid, the offsets."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus_cli.documents.cleaning import (
    BOILERPLATE,
    CONTENT,
    METADATA,
    REPEAT_MIN_DOCUMENTS,
    BlockCount,
    block_fingerprints,
    clean,
    copyright_holder,
    count_blocks,
    repeated_fingerprints,
    ticker_or_menu,
)
from tests.conftest import ROOT, SEEDS

DATA = ROOT / "tests" / "data"

BODY = (
    "Le conseil municipal a voté jeudi soir le budget de la ville, après trois heures de débat. "
    "L'opposition a dénoncé une hausse des impôts locaux de 2 %, que la majorité juge "
    "indispensable pour financer la rénovation des écoles."
)


def kind_of(text: str, line: str) -> str:
    """The kind of the block holding `line` inside `text`."""
    start = text.index(line)
    blocks = [b for b in clean(text).blocks if b.start <= start < b.end]
    assert blocks, f"no block at {line!r}"
    return blocks[0].kind


def removed_texts(text: str) -> list[str]:
    cleaned = clean(text)
    return [text[b.start:b.end] for b in cleaned.removed_blocks()]


# --- furniture patterns ---------------------------------------------------------------------


@pytest.mark.parametrize("line", [
    "© Le Courrier des Monts 2022",
    "Copyright © 2019 L'Écho du Littoral. Tous droits réservés.",
    "Tous droits réservés",
    "Toute reproduction interdite sans autorisation écrite de l'éditeur.",
    "À lire aussi : Le maire sortant ne se représentera pas",
    "Lire aussi | La grève reconduite jusqu'à lundi",
    "A lire aussi",
    "Voir aussi : les résultats bureau par bureau",
    "Sur le même sujet",
    "Suivez-nous sur Facebook et Instagram",
    "Cliquez ici pour recevoir nos alertes",
    "Inscrivez-vous à notre newsletter quotidienne",
    "Ce site utilise des cookies pour mesurer l'audience.",
    "Tout accepter",
    "Publicité",
    "PUBLICITÉ",
    "Merci d'avoir signalé ce commentaire !",
    "Signaler un abus",
    "Partager sur Facebook",
    "Partager",
    "12 commentaires",
    "Réagir à cet article",
    "Téléchargez notre application gratuite",
    "Vous devez être connecté pour commenter.",
    "Abonnez-vous",
    "Cet article est réservé aux abonnés",
    "Lire la suite",
    "Crédit photo : Jean Martin",
    "Mentions légales",
])
def test_furniture_phrase_is_boilerplate(line: str) -> None:
    text = f"{BODY}\n\n{line}\n\n{BODY.replace('jeudi', 'mardi')}"
    assert kind_of(text, line) == BOILERPLATE


@pytest.mark.parametrize("line", [
    # "droits" in a sentence is not a legal notice
    "La Ligue des droits de l'homme a saisi le Conseil d'État, estimant que les droits des "
    "détenus n'étaient pas respectés.",
    "Les droits de reproduction des œuvres reviennent à la famille, a rappelé l'avocat.",
    "La publicité en ligne a progressé de 10 % en 2021, selon le syndicat des régies.",
    "La CNIL reproche à l'entreprise de déposer des cookies sans le consentement des "
    "internautes, une pratique qu'elle sanctionne depuis 2020.",
    "Il a partagé sa déception avec les militants réunis à Lille.",
    "Partage du pouvoir : les négociations reprennent",
    "Commentaires du ministre sur la réforme",
    # a photo credit glued after a sentence by a scraper: the sentence is article
    "Le litre de gazole dépasserait alors 1,75 euro, selon les distributeurs.© photo Agence",
    "La directive européenne sur le copyright a été adoptée mardi par le Parlement.",
    # a short real sentence
    "Il est mort.",
    "Le vote a eu lieu.",
])
def test_body_sentence_is_kept(line: str) -> None:
    text = f"{BODY}\n\n{line}\n\n{BODY.replace('jeudi', 'mardi')}"
    assert kind_of(text, line) == CONTENT


# --- shapes ---------------------------------------------------------------------------------

HEADLINES = [
    "Le Sénat adopte la réforme du code minier",
    "Grève dans les transports : le trafic perturbé mardi",
    "Le prix du blé au plus haut depuis dix ans",
    "Festival : la programmation dévoilée",
    "Tennis : la Française qualifiée pour les quarts",
    "Climat : un été record en Méditerranée",
    "Un nouveau directeur pour l'Opéra",
    "Bourse : le CAC 40 termine en hausse",
]


@pytest.mark.parametrize("separator", ["\u00a0 \u00a0 ", "  ", " | ", " • ", ""])
def test_headline_ticker_is_boilerplate(separator: str) -> None:
    ticker = separator.join(HEADLINES)  # "" glues them: "minierGrève"
    text = f"{ticker}\n\n{BODY}"
    cleaned = clean(text)
    assert cleaned.blocks[0].kind == BOILERPLATE
    assert cleaned.blocks[0].reason.startswith("headline ticker")
    assert cleaned.text[: len(ticker)].strip() == ""


def test_paragraph_with_many_capitalised_words_is_not_a_ticker() -> None:
    line = (
        "Emmanuel Macron, Olaf Scholz, Giorgia Meloni, Pedro Sánchez et Mark Rutte se sont "
        "retrouvés à Bruxelles avec Ursula von der Leyen, Charles Michel et Roberta Metsola pour "
        "le Conseil européen de Printemps, consacré à l'Ukraine, à la Moldavie et à la Géorgie."
    )
    text = f"{line}\n\n{BODY}"
    assert kind_of(text, line) == CONTENT
    assert ticker_or_menu(line) is None


def test_camel_case_names_do_not_make_a_ticker() -> None:
    line = ("Les clients de BlaBlaCar et de FlixBus réservent sur YouTube, LinkedIn et "
            "WhatsApp, tandis que VoteForChange et MakeItWork lancent leurs sites la semaine "
            "prochaine à Paris, avec PayPal et MasterCard comme partenaires officiels du projet")
    assert ticker_or_menu(line) is None


def test_scraped_list_inside_prose_is_not_a_ticker() -> None:
    # a long paragraph followed by glued list items, as scrapers leave them
    line = BODY + " " + "".join(
        f"{name} à {town} ({n:02d})" for name, town, n in [
            ("Moulin Neuf", "Saint-Paul", 1), ("Château Vieux", "Bourg", 3),
            ("Pont Romain", "Arles", 13), ("Halle aux Grains", "Blois", 41),
            ("Tour de Guet", "Vannes", 56), ("Lavoir Saint-Jean", "Riom", 63),
        ]
    )
    assert kind_of(f"{line}\n", line) == CONTENT


@pytest.mark.parametrize("line", [
    "Accueil > Régions > Faits divers",
    "Accueil | Qui sommes-nous | Contact | Plan du site",
    "Facebook Twitter LinkedIn E-mail",
    "Imprimer",
    "PolitiqueÉconomieSport",
])
def test_navigation_line_is_boilerplate(line: str) -> None:
    assert kind_of(f"{line}\n\n{BODY}", line) == BOILERPLATE


def test_rubric_word_is_furniture_above_the_article_only() -> None:
    text = f"Politique\n\nLe budget voté\n\n{BODY}\n\nEurope\n\n{BODY.replace('jeudi', 'lundi')}"
    assert kind_of(text, "Politique") == BOILERPLATE
    assert kind_of(text, "Europe") == CONTENT  # an intertitle inside the article


# --- repetition -----------------------------------------------------------------------------


def test_title_and_lede_shown_twice_are_kept_once() -> None:
    title = "Le budget de la ville adopté après trois heures de débat"
    text = f"{title}\n\n{BODY}\n\n{title}\n\nLe 3 mars 2021 à 10h00\n\n{BODY}\n\nLa suite demain."
    cleaned = clean(text)
    kept = [text[b.start:b.end] for b in cleaned.kept_blocks()]
    assert kept.count(title) == 1 and kept.count(BODY) == 1
    assert cleaned.text.index(title) == 0  # the first one is the one kept
    second = text.index(title, 1)
    assert cleaned.text[second:second + len(title)].strip() == ""


def test_short_line_repeated_in_a_document_is_kept() -> None:
    text = f"Contexte\n\n{BODY}\n\nContexte\n\n{BODY.replace('jeudi', 'lundi')}"
    assert all(b.kind == CONTENT for b in clean(text).blocks)


def _documents(footer: str) -> list[str]:
    bodies = [
        "Le maire a inauguré la nouvelle médiathèque samedi, en présence de deux cents habitants.",
        "Le club local a remporté la finale régionale dimanche, une première depuis vingt ans.",
        "La préfecture a levé l'alerte sécheresse, après les pluies abondantes de la semaine.",
        "Le marché de Noël ouvrira ses portes vendredi, avec quarante exposants attendus.",
    ]
    titles = ["La médiathèque ouvre", "Le club sacré", "Fin de la sécheresse", "Noël au marché"]
    return [f"{title}\n\n{body}\n\n{footer}\n" for title, body in zip(titles, bodies, strict=True)]


def test_block_repeated_across_documents_is_boilerplate() -> None:
    footer = "Retrouvez chaque jour l'actualité de votre commune et de votre canton"
    documents = _documents(footer)
    counts = Counter(f for text in documents for f in block_fingerprints(text))
    repeated = frozenset(f for f, n in counts.items() if n >= REPEAT_MIN_DOCUMENTS)
    for text in documents:
        cleaned = clean(text, repeated)
        assert kind_of(text, footer) == CONTENT  # alone, the line is ambiguous
        block = next(b for b in cleaned.blocks if text[b.start:b.end] == footer)
        assert block.kind == BOILERPLATE and "documents of the corpus" in block.reason
        body = next(b for b in cleaned.blocks if b.reason == "prose")
        assert cleaned.text[body.start:body.end] == text[body.start:body.end]


def test_repeated_fingerprints_counts_identical_texts_once() -> None:
    footer = "Retrouvez chaque jour l'actualité de votre commune et de votre canton"
    documents = _documents(footer)
    learned = repeated_fingerprints(documents)
    assert learned == block_fingerprints(footer)
    assert repeated_fingerprints([documents[0]] * 5) == frozenset()
    assert repeated_fingerprints(documents[:REPEAT_MIN_DOCUMENTS - 1]) == frozenset()


# Lines a few texts share, so that blocks recur across them and texts recur across files.
_LINES = ("Abonnez-vous à notre lettre du matin pour ne rien manquer",
          "La commune a rouvert le pont de pierre après deux ans de travaux",
          "Les pompiers ont maîtrisé un feu de broussailles près du stade",
          "Le festival de musique attend vingt mille visiteurs cet été")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.lists(st.sampled_from(_LINES), min_size=1, max_size=3)
                         .map("\n".join), max_size=5), max_size=5))
def test_counts_per_file_merge_into_the_count_of_the_whole_run(files) -> None:
    # As a run counts: a file's own count is merged when it shares no text with the files
    # before it, else its texts are counted one by one (the run's count knows which it holds).
    run = BlockCount()
    for texts in files:
        if not run.merge(count_blocks(texts)):
            for text in texts:
                run.add_text(text)
    assert run.repeated() == repeated_fingerprints(text for texts in files for text in texts)


def test_a_count_sharing_a_text_is_not_merged() -> None:
    run = count_blocks([_LINES[0], _LINES[1]])
    assert not run.merge(count_blocks([_LINES[1], _LINES[2]]))
    assert run.blocks == count_blocks([_LINES[0], _LINES[1]]).blocks


def test_fingerprints_ignore_short_blocks_and_numbers() -> None:
    assert block_fingerprints("Sahara\n\nContexte") == set()
    assert block_fingerprints("© Le Journal 2021, tous droits") == block_fingerprints(
        "© Le Journal 2023, tous droits")


def test_duplicate_document_is_not_erased_by_corpus_repetition() -> None:
    # the same article three times: every block is "repeated", none is furniture
    text = f"{BODY}\n\n{BODY.replace('jeudi', 'lundi')}\n"
    repeated = frozenset(block_fingerprints(text))
    cleaned = clean(text, repeated)
    assert cleaned.removed_chars == 0
    assert all(b.kind == CONTENT for b in cleaned.blocks)


# --- context: teaser lists and the footer ---------------------------------------------------


def test_items_under_a_teaser_heading_are_removed_until_the_article_resumes() -> None:
    text = (f"{BODY}\n\nLes plus lus\nUn incendie ravage un entrepôt\nLa rentrée scolaire avancée"
            f"\n\nUn budget serré\n\n{BODY.replace('jeudi', 'lundi')}")
    assert kind_of(text, "Un incendie ravage un entrepôt") == BOILERPLATE
    assert kind_of(text, "La rentrée scolaire avancée") == BOILERPLATE
    assert kind_of(text, "Un budget serré") == CONTENT  # an intertitle: prose follows it


def test_footer_region_around_a_legal_notice() -> None:
    text = (
        f"{BODY}\n\n{BODY.replace('jeudi', 'lundi')}\n\n"
        "Vous aimez nos articles ? Soutenez une presse indépendante !\n"
        "© L'Hebdo des Vallées - Tous droits réservés\n"
        "L'Hebdo des Vallées informe chaque semaine les habitants des vallées alpines depuis "
        "1952, avec ses douze correspondants locaux.\n"
        "Notre rédaction s'engage à vérifier chaque information avant de la publier.\n"
        "Annonces légales\n"
    )
    removed = removed_texts(text)
    assert "Vous aimez nos articles ? Soutenez une presse indépendante !" in removed
    assert any(r.startswith("L'Hebdo des Vallées informe") for r in removed)
    assert any(r.startswith("Notre rédaction") for r in removed)
    assert "Annonces légales" in removed
    assert kind_of(text, BODY) == CONTENT


def test_article_prose_after_a_legal_notice_is_kept() -> None:
    # prose after the notice that neither names the outlet nor speaks as it stays
    tail = "Le tribunal rendra sa décision le 12 mai, a précisé le parquet dans la soirée."
    text = f"{BODY}\n\n{BODY.replace('jeudi', 'lundi')}\n\n© Photo Presse Sud\n{tail}\n"
    assert kind_of(text, tail) == CONTENT


def test_photo_credit_in_the_middle_does_not_end_the_article() -> None:
    text = f"{BODY}\n© Agence Photo\nDes élus réagissent.\n\n" + "\n\n".join(
        BODY.replace("jeudi", day) for day in ("lundi", "mardi", "mercredi"))
    assert kind_of(text, "Des élus réagissent.") == CONTENT


def test_copyright_holder() -> None:
    assert copyright_holder("© Le Journal du Sud 2023 - Tous droits réservés") == (
        "Le Journal du Sud")
    assert copyright_holder("Copyright © 2021 La Dépêche. All rights reserved") == "La Dépêche"
    assert copyright_holder("© 2022 Tous droits réservés") is None


# --- metadata blocks and the masked text ----------------------------------------------------


def test_inline_header_is_its_own_metadata_block() -> None:
    text = " date 2016-12 Le ministre est attendu lundi à Lyon pour une visite de deux jours."
    cleaned = clean(text)
    header, body = cleaned.blocks
    assert (header.kind, text[header.start:header.end]) == (METADATA, "date 2016-12")
    assert body.kind == CONTENT and text[body.start:].startswith("Le ministre")
    assert cleaned.text[body.start:] == text[body.start:]
    assert cleaned.text[:body.start].strip() == ""


@pytest.mark.parametrize("line", [
    "Publié le 12/03/2021 à 07h12 · Mis à jour le 13/03/2021 à 18h40",
    "Le 15 décembre 2016 à 11h30",
    "Modifié 11 avril 2021 à 2h39",
    "jeudi, octobre 16, 2025",
    "Par Jeanne Delmas",
    "Source : AFP",
])
def test_byline_lines_are_metadata(line: str) -> None:
    assert kind_of(f"Un titre\n{line}\n\n{BODY}", line) == METADATA


def test_body_sentence_starting_with_a_date_is_content() -> None:
    line = "Le 27 janvier, le ministre avait rencontré son homologue à Genève."
    assert kind_of(f"{BODY}\n\n{line}", line) == CONTENT


def test_masked_text_and_removed_share() -> None:
    text = f"Partager\n{BODY}\n\nPublicité\n"
    cleaned = clean(text)
    assert len(cleaned.text) == len(text)
    assert cleaned.text.startswith(" " * len("Partager") + "\n" + BODY)
    assert cleaned.removed_chars == len("Partager") + len("Publicité")
    non_space = sum(1 for c in text if not c.isspace())
    assert cleaned.removed_share == pytest.approx(cleaned.removed_chars / non_space)


def test_readable_text_joins_kept_blocks_with_the_original_paragraphs() -> None:
    text = f"Publicité\nLe titre\n{BODY}\n\nPartager\n\nLa fin."
    assert clean(text).readable() == f"Le titre\n{BODY}\n\nLa fin."


def test_keep_boilerplate_masks_nothing_but_still_classifies() -> None:
    text = f"Publicité\n{BODY}\nLe 3 mars 2021"
    cleaned = clean(text, keep_boilerplate=True)
    assert cleaned.text == text and cleaned.removed_chars == 0
    assert [b.kind for b in cleaned.blocks] == [BOILERPLATE, CONTENT, METADATA]
    assert cleaned.readable() == text


def test_empty_text() -> None:
    cleaned = clean("")
    assert (cleaned.text, cleaned.blocks, cleaned.removed_share) == ("", [], 0.0)


LINES = st.one_of(
    st.text(alphabet=st.sampled_from("abcéÀZ 19.,:!?«»\u00a0\t|©-'"), max_size=60),
    st.sampled_from([
        "Publicité", "Partager", "À lire aussi : un titre", "© Le Journal 2020",
        "Le 3 mars 2021 à 10h00", " date 2016-12 Le texte suit ici et continue.", BODY,
        "Tous droits réservés", "Accueil | Sport | Culture", "  ".join(HEADLINES),
    ]),
)


@settings(max_examples=150, deadline=None)
@given(lines=st.lists(LINES, max_size=12), newline=st.sampled_from(["\n", "\n\n", "\r\n"]))
def test_masking_keeps_length_newlines_and_content(lines: list[str], newline: str) -> None:
    text = newline.join(lines)
    cleaned = clean(text)
    assert len(cleaned.text) == len(text)
    for original, masked in zip(text, cleaned.text, strict=True):
        assert masked == original or (masked == " " and not original.isspace())
    for block in cleaned.blocks:
        if block.kind == CONTENT:
            assert cleaned.text[block.start:block.end] == text[block.start:block.end]
    removed = sum(1 for a, b in zip(text, cleaned.text, strict=True) if a != b)
    assert removed == cleaned.removed_chars


# --- fixtures in other outlets' styles, and the seeds -----------------------------------------


def test_regional_daily_page() -> None:
    text = (DATA / "clean_regional_daily.txt").read_text(encoding="utf-8")
    kept = clean(text).readable()
    for furniture in ("Accueil", "Partager", "LinkedIn", "Lire aussi", "Publicité",
                      "newsletter", "cookies", "©", "Mentions légales", "quotidien de référence",
                      "Publié le", "Par Jeanne"):
        assert furniture not in kept, furniture
    for article in ("Le pont de Saint-Aubin fermé", "Le pont suspendu", "Europe\n",
                    "route départementale 741", "1,2 million d'euros"):
        assert article in kept, article


def test_news_magazine_page() -> None:
    text = (DATA / "clean_news_magazine.txt").read_text(encoding="utf-8")
    kept = clean(text).readable()
    assert kept.count("Énergie : la centrale") == 1
    assert kept.count("L'exploitant a obtenu mardi") == 1
    for furniture in ("Dernières infos", "Monday", "Les plus lus", "code minier", "Partager",
                      "Source"):
        assert furniture not in kept, furniture
    assert "14 septembre 2021" in kept


SEED_FURNITURE = ("Merci d'avoir signalé", "automatiquement bloqu", "Cliquez ici", "lire aussi",
                  "Toute reproduction", "Suivez", "©")


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_seed_furniture_is_masked(path) -> None:
    text = path.read_text(encoding="utf-8")
    cleaned = clean(text)
    kept = cleaned.readable()
    for furniture in SEED_FURNITURE:
        assert furniture.lower() not in kept.lower(), furniture
    for block in cleaned.kept_blocks():
        assert ticker_or_menu(text[block.start:block.end]) is None
    # most of an article is article: at most half of a page is furniture
    assert cleaned.removed_share < 0.5
    assert sum(b.reason == "prose" for b in cleaned.blocks) >= 3
