import Foundation
import ProgressCore

/// Event lines for holding the fast scanner to the general parser: every kind of event as Recall writes it,
/// then by hand with odd spacing, other key orders, unknown and repeated keys, escapes, Unicode, and missing,
/// invalid or oddly written values; and systematic mutations of those (each byte dropped, each byte replaced).
public enum EventLineCorpus {
  /// The time of the written lines.
  public static let start = Date(timeIntervalSince1970: 1_764_064_800.125)

  /// Lines as `ProgressEvent.line(at:)` writes them.
  public static var written: [String] {
    let events: [ProgressEvent] = [
      .review(ReviewRecord(card: "a", rating: .again, milliseconds: 0)),
      .review(
        ReviewRecord(
          card: "ssc-lesion-sites.choice.forward", rating: .good, milliseconds: 6120,
          answer: "b", verdict: "correct")),
      .review(
        ReviewRecord(
          card: "diltiazem-mechanism.recall.forward", rating: .hard, milliseconds: 7010,
          suggested: .good, answer: "a long answer, longer than fifteen bytes",
          verdict: "partial", mode: .quiz)),
      .review(
        ReviewRecord(
          card: "c", rating: .easy, milliseconds: 1, answer: "wa\"r\\n\ttab \u{1}", verdict: "",
          mode: .cram)),
      .review(
        ReviewRecord(
          card: "é-card.recall.forward", rating: .good, milliseconds: 99_999_999,
          answer: "kalzinose 😀 ü", verdict: "incorrect")),
      .review(ReviewRecord(card: "x", rating: .good, milliseconds: 5, answer: "")),
      .review(
        ReviewRecord(
          card: "antidote.choice.forward", rating: .again, milliseconds: 4200, answer: "b",
          chosen: ["sodium thiosulfate"], verdict: "incorrect", rung: 1)),
      .review(
        ReviewRecord(
          card: "sites.select.forward", rating: .hard, milliseconds: 9000, answer: "a c",
          chosen: ["the fingertips", "a much longer option text than sixteen bytes", "é"],
          verdict: "partial", mode: .cram)),
      .review(
        ReviewRecord(
          card: "t.truefalse.forward", rating: .good, milliseconds: 10, answer: "t", chosen: [],
          verdict: "correct", rung: 0, mode: .quiz)),
      .review(
        ReviewRecord(
          card: "q", rating: .again, milliseconds: 3, answer: "a",
          chosen: ["say \"no\"", "back\\slash", "tab\there", "😀"], verdict: "incorrect")),
      .undo(card: "a"), .suspend(card: "b"), .unsuspend(card: "b"), .flag(card: "c", note: nil),
      .flag(card: "c", note: "typo in option b"), .flag(card: "c", note: "ß\u{2028}\u{7f}"),
      .tag(card: "a", tag: "leech"), .quizResult(correct: 7.5, questions: 10, seconds: 300),
      .quizResult(correct: 7, questions: 10, seconds: 300), .sessionStart(mode: "study"),
      .sessionStart(mode: "cram"), .sessionEnd(reviewed: 3, correct: 2, seconds: 61),
      .sessionStart(
        mode: "quiz", deck: DeckVersion(hash: "1a8295228a3afdb6", number: 2), set: "week-4"),
      .sessionStart(mode: "study", deck: DeckVersion(hash: "5ce6bff43257ca00", number: nil)),
      .quizResult(correct: 6.5, questions: 8, seconds: 75, set: "week-4"),
      .unknown(type: "from-the-future"),
    ]
    return events.enumerated().map { index, event in
      event.line(at: start.addingTimeInterval(Double(index) * 61.5))
    }
  }

  /// Lines written by hand.
  public static let handWritten: [String] = [
    // Deck versions and quiz names of other types than Recall writes.
    #"{"t":"2025-11-25T10:00:00Z","type":"session-start","deckHash":7,"deckVersion":"2"}"#,
    #"{"t":"2025-11-25T10:00:00Z","type":"session-start","deckHash":"ab","deckVersion":2.5,"set":null}"#,
    #"{"t":"2025-11-25T10:00:00Z","type":"quiz-result","correct":1,"set":["a"]}"#,
    // Spacing, tabs and carriage returns wherever JSON allows them.
    #" { "t" : "2025-11-25T10:00:00.000Z" , "card" : "a" , "rating" : 3 } "#,
    "\t{\t\"t\":\"2025-11-25T10:00:00Z\",\"card\":\"a\",\"rating\":3}\r",
    "{\"t\":\"2025-11-25T10:00:00Z\"\r,\"card\":\"a\",\r\"rating\"\t:\t4\t}",
    // Other key orders, no type (a review), an explicit review type.
    #"{"rating":2,"card":"a","t":"2025-11-25T10:00:00Z"}"#,
    #"{"card":"a","ms":12,"type":"review","t":"2025-11-25T10:00:00+01:00","rating":1}"#,
    #"{"verdict":"correct","answer":"b","suggested":4,"ms":0,"rating":3,"card":"z","type":"review","t":"2025-11-25T10:00:00.5Z"}"#,
    // Unknown keys, of every kind of value.
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":3,"extra":"x"}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":3,"extra":[1,{"b":null}],"more":true}"#,
    #"{"zzz":1.5e3,"t":"2025-11-25T10:00:00Z","card":"a","rating":3}"#,
    // Repeated keys: the last one counts.
    #"{"t":"2025-11-25T10:00:00Z","card":"a","card":"b","rating":3}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":9,"rating":3}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":3,"rating":9}"#,
    #"{"t":"bad","t":"2025-11-25T10:00:00Z","card":"a","rating":3}"#,
    // Escapes in keys and values, Unicode.
    #"{"t":"2025-11-25T10:00:00Z","c\u0061rd":"a","rating":3}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"\u0061\/b","rating":3}"#,
    #"{"t":"2025\u002d11-25T10:00:00Z","card":"a","rating":3}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":3,"answer":"\ud83d\ude00 \"q\""}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"ü","rating":3,"answer":"日本語"}"#,
    #"{"t":"2025-11-25T10:00:00Z","type":"fläg","card":"a"}"#,
    #"{"t":"2025-11-25T10:00:00Z","type":"undo","card":"","note":"x"}"#,
    // Missing fields.
    #"{"card":"a","rating":3}"#,
    #"{"t":"2025-11-25T10:00:00Z","rating":3}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a"}"#,
    #"{"t":"2025-11-25T10:00:00Z","type":"undo"}"#,
    #"{"t":"2025-11-25T10:00:00Z","type":"tag","card":"a"}"#,
    #"{"t":"2025-11-25T10:00:00Z","type":"quiz-result"}"#,
    #"{"t":"2025-11-25T10:00:00Z","type":"session-end"}"#,
    #"{"t":"2025-11-25T10:00:00Z","type":"session-start"}"#,
    #"{"t":"2025-11-25T10:00:00Z"}"#,
    "{}",
    // Invalid or oddly written values.
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":0}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":5}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":-3}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":3.0}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":3.5}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":3e0}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":+3}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":03}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":"3"}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":null}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":true}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":[3]}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":3,"ms":-5}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":3,"ms":999999999999999}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":3,"ms":1000000000000000}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":3,"ms":0000000000000001}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":3,"ms":12345678901234567890}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":3,"ms":1-2}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":3,"ms":-}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":3,"ms":-0}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":3,"suggested":7}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":3,"suggested":"2"}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":3,"mode":"sleep"}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":3,"mode":"quiz"}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":3,"verdict":5,"answer":null}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":5,"rating":3}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"","rating":3}"#,
    #"{"t":"2025-11-25T10:00:00Z","type":5,"card":"a","rating":3}"#,
    #"{"t":"2025-11-25T10:00:00Z","type":"","card":"a","rating":3}"#,
    #"{"t":"2025-11-25T10:00:00Z","type":"REVIEW","card":"a","rating":3}"#,
    #"{"t":"2025-11-25T10:00:00Z","type":"reviews","card":"a","rating":3}"#,
    #"{"t":"2025-11-25T10:00:00Z","type":"session-start-ish"}"#,
    #"{"t":"2025-11-25T10:00:00Z","type":"quiz-result","correct":7.25,"questions":"x","seconds":2.5}"#,
    #"{"t":"2025-11-25T10:00:00Z","type":"session-end","reviewed":-1,"correct":1e2,"seconds":3}"#,
    #"{"t":20251125,"card":"a","rating":3}"#,
    #"{"t":"2025-11-25 10:00:00Z","card":"a","rating":3}"#,
    #"{"t":"2025-13-25T10:00:00Z","card":"a","rating":3}"#,
    #"{"t":"2025-11-25T10:00:00.Z","card":"a","rating":3}"#,
    #"{"t":"2025-11-25T10:00:00","card":"a","rating":3}"#,
    #"{"t":"2025-11-25T10:00:00zjunk","card":"a","rating":3}"#,
    #"{"t":"２０２５-11-25T10:00:00Z","card":"a","rating":3}"#,
    // The rung of the presentation shown: in any place, and values of other kinds.
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":3,"rung":4}"#,
    #"{"rung":0,"t":"2025-11-25T10:00:00Z","card":"a.truefalse.true","rating":1,"chosen":["true"]}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":3,"rung" : 5 ,"mode":"cram"}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":3,"rung":-1}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":3,"rung":99999999999999999999}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":3,"rung":"2"}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":3,"rung":2.5}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":3,"rung":null}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":3,"rung":[2]}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":3,"rung":1,"rung":3}"#,
    // The options chosen: spacing, escapes, empty and odd arrays, values of other kinds.
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":1,"answer":"b","chosen":["warfarin"]}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":1,"chosen" : [ "x" , "y z" ] ,"answer":"a b"}"#,
    "{\"t\":\"2025-11-25T10:00:00Z\",\"card\":\"a\",\"rating\":1,\"chosen\":[\t\"x\"\r]}",
    #"{"chosen":[],"t":"2025-11-25T10:00:00Z","card":"a","rating":1}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":1,"chosen":[ ]}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":1,"chosen":["\u0061\/b","\"q\"","\\"]}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":1,"chosen":["plain","\ud83d\ude00"]}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":1,"chosen":["日本語","ü"]}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":1,"chosen":"warfarin"}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":1,"chosen":2}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":1,"chosen":null}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":1,"chosen":["x",1]}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":1,"chosen":["x",null]}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":1,"chosen":[["x"]]}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":1,"chosen":[{"x":1}]}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":1,"chosen":["x",]}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":1,"chosen":[,"x"]}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":1,"chosen":["x" "y"]}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":1,"chosen":["x"}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":1,"chosen":["x}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":1,"chosen":["a"],"chosen":["b"]}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":[1],"chosen":["a"]}"#,
    #"{"t":"2025-11-25T10:00:00Z","type":"undo","card":"a","chosen":["a"]}"#,
    "{\"t\":\"2025-11-25T10:00:00Z\",\"card\":\"a\",\"rating\":1,\"chosen\":[\"a\u{1}b\"]}",
    // Not objects, or not JSON.
    #"[{"t":"2025-11-25T10:00:00Z","card":"a","rating":3}]"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":3} x"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":3}}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":3,}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a" "rating":3}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":3"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a,"rating":3}"#,
    #"{'t':'2025-11-25T10:00:00Z'}"#,
    #"{t:"2025-11-25T10:00:00Z"}"#,
    "{\"t\":\"2025-11-25T10:00:00Z\",\"card\":\"a\u{1}b\",\"rating\":3}",
    "{\"t\":\"2025-11-25T10:00:00Z\",\"card\":\"a\u{7f}b\",\"rating\":3}",
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":3,"answer":"\x"}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":3,"answer":"\ud83d"}"#,
    #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":3,"answer":"\u12"}"#,
    "null", "true", "42", "\"text\"", "not json",
  ]

  /// Lines that are not valid UTF-8.
  public static let invalidUTF8: [[UInt8]] = [
    Array(#"{"t":"2025-11-25T10:00:00Z","card":""#.utf8) + [0xFF] + Array(#"","rating":3}"#.utf8),
    Array(#"{"t":"2025-11-25T10:00:00Z","card":"a","rating":3,"answer":""#.utf8) + [0xC3]
      + Array(#""}"#.utf8),
    Array(#"{"t":"2025-11-25T10:00:00Z","card":"a","rating":3,"answer":""#.utf8)
      + [0xED, 0xA0, 0x80] + Array(#""}"#.utf8),
    Array(#"{"t":"2025-11-25T10:00:00Z","card":"a","rating":3,"answer":""#.utf8)
      + [0xF0, 0x82, 0x82, 0xAC] + Array(#""}"#.utf8),
    Array(#"{"t":"2025-11-25T10:00:00Z","card":"a","rating":3,"k"#.utf8) + [0xFF]
      + Array(#"":1}"#.utf8),
    Array(#"{"t":"2025-11-25T10:00:00Z","card":"a","rating":3,"chosen":["ok",""#.utf8) + [0xC3]
      + Array(#""]}"#.utf8),
  ]

  /// Every line above as bytes.
  public static var base: [[UInt8]] {
    (written + handWritten).map { Array($0.utf8) } + invalidUTF8
  }

  /// The base lines and systematic mutations of the first few: each byte dropped, and each byte replaced
  /// by characters that matter to JSON.
  public static var all: [[UInt8]] {
    var lines = base
    let replacements = Array(" \t\"\\{}[]:,-.0e9aé".utf8) + [0x00, 0x80, 0xFF]
    for line in base.prefix(16) {
      for index in line.indices {
        var dropped = line
        dropped.remove(at: index)
        lines.append(dropped)
        for replacement in replacements where replacement != line[index] {
          var replaced = line
          replaced[index] = replacement
          lines.append(replaced)
        }
      }
    }
    // A newline inside a line would split it; the reader never hands one to a parser.
    return lines.map { $0.filter { $0 != 10 } }
  }
}
