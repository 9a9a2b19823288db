import Foundation
import Knowledge

/// A small deck written for the tests, shared by the Knowledge and Cards tests: every part of the format, with
/// known answers.
///
/// Four classes of at least four entities (disease, body site, treatment) plus one of three (imaging), so that
/// a fact about imaging has too few distractors for a choice card. Relations with and without a reverse
/// question, facts with one and many objects, overlaps, a qualifier, two quantities and one hand-written card
/// of each kind.
public enum SyntheticDeck {
  /// The file name diagnostics name.
  public static let file = "synthetic.yaml"
  /// The deck id.
  public static let id = "synthetic"

  /// The `deck:` section.
  public static let header = """
    deck:
      title: Synthetic calcinosis
      version: 3
      language: en
      source:
        title: A synthetic source
        sections:
          - Types
          - Signs
          - Treatment
          - Numbers

    """

  /// The classes.
  public static let classes = """
    classes:
      disease:
        name: disease
      body-site:
        name: body site
      treatment:
        name: treatment
      imaging:
        name: imaging study
        plural: imaging studies

    """

  /// The entities.
  public static let entities = """
    entities:
      systemic-sclerosis:
        class: disease
        name: systemic sclerosis
        aliases: [SSc, scleroderma]
        definition: a disease that hardens the skin
        overlaps: [crest]
      crest:
        class: disease
        name: CREST syndrome
        aliases: [CREST]
      dermatomyositis:
        class: disease
        name: dermatomyositis
        aliases: [DM]
      sle:
        class: disease
        name: systemic lupus erythematosus
        aliases: [SLE, lupus]
      gout:
        class: disease
        name: gout
      scleredema:
        class: disease
        name: scleredema of Buschke
        aliases: [scleredema]
      sjogren:
        class: disease
        name: Sjögren syndrome
      forearms:
        class: body-site
        name: the forearms
      elbows:
        class: body-site
        name: the elbows
      fingers:
        class: body-site
        name: the fingers
      knees:
        class: body-site
        name: the knees
      face:
        class: body-site
        name: the face
      buttocks:
        class: body-site
        name: the buttocks
      around-joints:
        class: body-site
        name: the areas around joints
        aliases: [around joints, joints]
        overlaps: [elbows, knees, fingers]
      diltiazem:
        class: treatment
        name: diltiazem
        aliases: [Cardizem]
        definition: a calcium-channel blocker
      warfarin:
        class: treatment
        name: warfarin
        aliases: [Coumadin]
      colchicine:
        class: treatment
        name: colchicine
      probenecid:
        class: treatment
        name: probenecid
      prednisone:
        class: treatment
        name: prednisone
      prednisolone:
        class: treatment
        name: prednisolone
      co2-laser:
        class: treatment
        name: CO2 laser
        aliases: [carbon dioxide laser]
      x-ray:
        class: imaging
        name: X-ray
      mri:
        class: imaging
        name: MRI
      ct-scan:
        class: imaging
        name: CT scan
        aliases: [CT]

    """

  /// The relations.
  public static let relations = """
    relations:
      lesion-site:
        subject: disease
        object: body-site
        ask: Where do calcium deposits typically form in {subject}?
        ask-reverse: In which disease do calcium deposits typically form on {object}?
        statement: In {subject}, calcium deposits typically form on {object}.
        tags: [signs]
      treated-by:
        subject: disease
        object: treatment
        ask: Which treatment is used {qualifier} in {subject}?
        statement: In {subject}, {object} is used.
        tags: [treatment]
      imaged-by:
        subject: [disease]
        object: [imaging]
        ask: Which imaging study shows the deposits of {subject}?
        ask-reverse: The deposits of which disease does {object} show?

    """

  /// The facts, one YAML item each, so tests can reorder or drop them.
  public static let facts = [
    """
      - id: ssc-sites
        subject: systemic-sclerosis
        relation: lesion-site
        objects: [forearms, elbows, fingers]
        section: Signs
        explanation: In systemic sclerosis the deposits favour the forearms, elbows and fingers.
        tags: [scleroderma]

    """,
    """
      - id: crest-sites
        subject: crest
        relation: lesion-site
        object: fingers
        section: Signs
        explanation: In CREST syndrome the deposits sit on the fingers.

    """,
    """
      - id: dm-sites
        subject: dermatomyositis
        relation: lesion-site
        objects: [buttocks, around-joints]
        section: Signs
        explanation: Dermatomyositis calcifies the buttocks and the areas around joints.

    """,
    """
      - id: sle-sites
        subject: sle
        relation: lesion-site
        object: face
        section: Signs
        explanation: Lupus deposits turn up on the face.

    """,
    """
      - id: gout-sites
        subject: gout
        relation: lesion-site
        object: knees
        section: Signs
        explanation: Gouty deposits gather at the knees.

    """,
    """
      - id: ssc-treatment
        subject: systemic-sclerosis
        relation: treated-by
        object: diltiazem
        qualifier: for small deposits
        section: Treatment
        explanation: Small deposits in systemic sclerosis may shrink with diltiazem.

    """,
    """
      - id: dm-treatment
        subject: dermatomyositis
        relation: treated-by
        objects: [diltiazem, colchicine]
        section: Treatment
        explanation: Diltiazem and colchicine have both helped in dermatomyositis.

    """,
    """
      - id: gout-treatment
        subject: gout
        relation: treated-by
        objects: [colchicine, probenecid]
        section: Treatment
        explanation: Colchicine and probenecid are used in gout.

    """,
    """
      - id: dm-imaging
        subject: dermatomyositis
        relation: imaged-by
        object: x-ray
        section: Types
        explanation: Plain X-rays show the deposits of dermatomyositis.

    """,
  ]

  /// The quantities.
  public static let quantities = """
    quantities:
      - id: crest-rate
        prompt: Within ten years, what percentage of people with the limited form develop calcinosis?
        answer: 25–40%
        min: 25
        max: 40
        unit: "%"
        section: Numbers
        explanation: Between a quarter and two fifths develop it.
        tags: [epidemiology]
      - id: product-threshold
        prompt: Above which calcium-phosphate product does calcification become likely?
        answer: "70"
        min: 70
        max: 70
        section: Numbers
        explanation: A product above 70 favours calcification.

    """

  /// The hand-written cards.
  public static let cards = """
    cards:
      - id: definition
        kind: recall
        prompt: Calcium salts deposited in the skin define which condition?
        answer: calcinosis cutis
        accept: [calcinosis]
        section: Types
        explanation: That is the definition.
        tags: [types]
      - id: definition-cloze
        kind: cloze
        text: Calcinosis cutis is the deposition of {{calcium salts}} in the skin.
        accept: [calcium]
        section: Types
        explanation: Calcium salts settle in the skin.
      - id: most-used-drug
        kind: choice
        prompt: Which medication is used most often for calcinosis?
        answer: diltiazem
        wrong: [warfarin, probenecid, colchicine, prednisone]
        section: Treatment
        explanation: Diltiazem is the medicine used most often.
      - id: lumps-change
        kind: truefalse
        statement: The calcified lumps can change in size.
        answer: true
        section: Signs
        explanation: The lumps grow and shrink.
      - id: always-slow
        kind: truefalse
        statement: The dystrophic type always develops slowly.
        answer: false
        section: Signs
        explanation: It can also progress quickly.
      - id: kidney-markers
        kind: list
        prompt: Which two kidney markers does the basic metabolic panel include?
        items: [creatinine, urea]
        section: Types
        explanation: Creatinine and urea show how the kidneys work.
        tags: [diagnosis]

    """

  /// The deck text, with the facts in the given order.
  public static func yaml(facts: [String] = facts) -> String {
    header + classes + entities + relations + "facts:\n" + facts.joined() + quantities + cards
  }

  /// The deck text as written.
  public static let yaml = yaml()

  /// Loads `text` under the synthetic deck's file name.
  public static func load(_ text: String = yaml) throws -> Deck {
    try DeckLoader.load(yaml: text, file: file, deckID: id)
  }

  /// Every diagnostic for `text`; a syntax error comes back as its one diagnostic.
  public static func diagnostics(_ text: String) -> [DeckDiagnostic] {
    do {
      return try DeckLoader.diagnose(yaml: text, file: file, deckID: id).diagnostics
    } catch {
      return error.diagnostics
    }
  }

  /// The 1-based line and column where `marker` first starts in `text` (columns in Unicode scalars).
  public static func position(of marker: String, in text: String) -> (line: Int, column: Int)? {
    guard let range = text.range(of: marker) else { return nil }
    let before = text[..<range.lowerBound]
    let line = before.filter { $0 == "\n" }.count + 1
    let lineStart = before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex
    return (line, before[lineStart...].unicodeScalars.count + 1)
  }
}
