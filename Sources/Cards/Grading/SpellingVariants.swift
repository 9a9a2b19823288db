/// British and American spellings (and a few other spellings of one word) brought to one form, so that a
/// spelling variant is the same word, not a typo: "fibre" and "fiber", "haem" and "hem", "oedema" and "edema",
/// "aluminium" and "aluminum", "minimise" and "minimize", "tumour" and "tumor", "sulphate" and "sulfate".
///
/// The form is only ever compared with another word brought to it, never shown, so it need not be a real
/// spelling ("phosphate" becomes "fosfate"). `docs/answer-checking.md` lists the rules.
enum SpellingVariants {
  /// The one form of `word` (lower case, one word).
  static func canonical(_ word: String) -> String {
    guard word.count > 2, !word.contains(where: \.isNumber) else { return word }
    var text = words[word] ?? word
    for (british, american) in roots where text == word && text.hasPrefix(british) {
      text = american + text.dropFirst(british.count)
      break
    }
    // Most words need none of the rewrites below; a byte scan says so without building anything.
    if has(text, "a", "e") || has(text, "o", "e") { text = replacingDigraphs(text) }
    if has(text, "i", "z") || has(text, "y", "z") || text.hasSuffix("lled")
      || text.hasSuffix("lling")
    {
      text = replacingSuffixes(text)
    }
    // "ph" sounds as "f" in every word a learner may type here (sulphate, calciphylaxis, dystrophic).
    return has(text, "p", "h") ? replacing("ph", with: "f", in: text) : text
  }

  /// Whether `text` has the letter `first` directly followed by `second`.
  private static func has(_ text: String, _ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Bool
  {
    let (first, second) = (UInt8(ascii: first), UInt8(ascii: second))
    var previous: UInt8 = 0
    for byte in text.utf8 {
      if previous == first, byte == second { return true }
      previous = byte
    }
    return false
  }

  /// `text` with every `target` replaced; both are ASCII, so a match never splits a multi-byte character.
  /// Byte by byte rather than Foundation's `replacingOccurrences`: this runs for every word of every entity
  /// text when a session starts, where Foundation's search was half the time to the first question.
  private static func replacing(_ target: String, with replacement: String, in text: String)
    -> String
  {
    let source = Array(text.utf8)
    let pattern = Array(target.utf8)
    guard source.count >= pattern.count else { return text }
    var result: [UInt8] = []
    result.reserveCapacity(source.count)
    var index = 0
    var replaced = false
    while index < source.count {
      if index + pattern.count <= source.count,
        source[index..<(index + pattern.count)].elementsEqual(pattern)
      {
        result.append(contentsOf: replacement.utf8)
        index += pattern.count
        replaced = true
      } else {
        result.append(source[index])
        index += 1
      }
    }
    return replaced ? String(decoding: result, as: UTF8.self) : text
  }

  /// Whole words that no rule covers.
  private static let words: [String: String] = [
    "aluminium": "aluminum", "grey": "gray", "programme": "program", "mould": "mold",
    "plough": "plow", "tyre": "tire", "cheque": "check", "ageing": "aging", "judgement": "judgment",
    "practise": "practice", "defence": "defense", "licence": "license", "offence": "offense",
    "catalogue": "catalog", "analogue": "analog", "dialogue": "dialog", "sceptic": "skeptic",
    "foetus": "fetus", "foetal": "fetal", "coeliac": "celiac", "amoeba": "ameba",
    "manoeuvre": "maneuver", "phosphorous": "phosphorus", "venepuncture": "venipuncture",
    "storey": "story", "moustache": "mustache", "pyjama": "pajama", "kerb": "curb",
  ]

  /// Beginnings of words spelt differently (the word's ending is kept: "tumoural" → "tumoral").
  private static let roots: [(String, String)] = [
    ("fibre", "fiber"), ("centre", "center"), ("litre", "liter"), ("metre", "meter"),
    ("millilitre", "milliliter"), ("centimetre", "centimeter"), ("millimetre", "millimeter"),
    ("theatre", "theater"), ("calibre", "caliber"), ("spectre", "specter"), ("lustre", "luster"),
    ("colour", "color"), ("tumour", "tumor"), ("behaviour", "behavior"), ("favour", "favor"),
    ("humour", "humor"), ("labour", "labor"), ("odour", "odor"), ("vapour", "vapor"),
    ("honour", "honor"), ("rumour", "rumor"), ("flavour", "flavor"), ("harbour", "harbor"),
    ("rigour", "rigor"), ("vigour", "vigor"), ("savour", "savor"), ("neighbour", "neighbor"),
    ("leuc", "leuk"), ("sulph", "sulf"), ("oedema", "edema"), ("oesophag", "esophag"),
    ("oestr", "estr"), ("homoeo", "homeo"),
  ]

  /// "ae" after a consonant, or first before anything but "r", is "e" (haem, anaemia, paediatric,
  /// hypercalcaemia, aetiology; not aerosol); "-oea" is "-ea" (diarrhoea, dyspnoea).
  private static func replacingDigraphs(_ word: String) -> String {
    let letters = Array(word)
    var result = ""
    result.reserveCapacity(letters.count)
    var index = 0
    while index < letters.count {
      let letter = letters[index]
      if letter == "a", index + 1 < letters.count, letters[index + 1] == "e" {
        let afterConsonant = index > 0 && !"aeiou".contains(letters[index - 1])
        let initial = index == 0 && index + 2 < letters.count && letters[index + 2] != "r"
        if afterConsonant || initial {
          result.append("e")
          index += 2
          continue
        }
      }
      if letter == "o", index > 0, index + 2 < letters.count, letters[index + 1] == "e",
        letters[index + 2] == "a", "hn".contains(letters[index - 1])
      {
        result.append("e")
        index += 2
        continue
      }
      result.append(letter)
      index += 1
    }
    return result
  }

  /// -ize and -ise, -yze and -yse, and a doubled l before -ed and -ing (travelled, modelling).
  private static func replacingSuffixes(_ word: String) -> String {
    var text = word
    for (american, british) in [("iz", "is"), ("yz", "ys")] {
      for ending in ["e", "ing", "ation", "er"] {
        text = replacing(american + ending, with: british + ending, in: text)
      }
    }
    if text.count >= 7 {
      for ending in ["lled", "lling"] where text.hasSuffix(ending) {
        text = String(text.dropLast(ending.count)) + String(ending.dropFirst())
      }
    }
    return text
  }
}
