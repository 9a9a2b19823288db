import ArgumentParser
import Cards
import Foundation
import Knowledge
import Terminal
import Utilities

/// `recall class quiz NAME [--class C]`: a fixed quiz as its learners will get it, for its teacher to check
/// before handing it out.
struct ClassQuizCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "quiz",
    abstract: "Preview a class's fixed quiz: each question in order, its options and answer.",
    discussion: """
      Shows the questions that `recall quiz --set NAME` asks every learner, in the order asked and with \
      the options in the order shown, each with its answer and explanation. Nothing is saved.
      """)

  @Argument(help: "The quiz's name in the class file.")
  var name: String

  @Option(
    name: .customLong("class"),
    help: "The class file defining it, by name or path (default: the one class file that does).")
  var className: String?

  func run() throws {
    let environment = RecallEnvironment()
    let location = try FixedQuizLookup.find(name, className: className, in: environment)
    guard let quiz = location.file.quiz(named: name) else {
      throw RecallError("\(location.path) defines no quiz '\(name)'")
    }
    let deck = try DeckLocator.load(location.deck, in: environment)
    let cards = try FixedQuizPlan.questions(of: quiz, deck: deck)
    let title = quiz.title == quiz.name ? quiz.name : "\(quiz.name) · \(quiz.title)"
    // A unit without a card at the rung asked is asked at the nearest rung it has: the kinds say what came.
    var kinds: [(kind: String, count: Int)] = []
    for card in cards {
      if let index = kinds.firstIndex(where: { $0.kind == card.kind.rawValue }) {
        kinds[index].count += 1
      } else {
        kinds.append((card.kind.rawValue, 1))
      }
    }
    let tally = kinds.map { "\($0.count) \($0.kind)" }.joined(separator: ", ")
    var facts = [
      "\(plural(cards.count, "question")) (\(tally))",
      "asked at the rung \(quiz.ask) or the nearest a unit has",
    ]
    if let minutes = quiz.minutes { facts.append("\(tenths(minutes)) minutes") }
    facts.append(
      quiz.units.isEmpty
        ? "drawn with seed \(FixedQuizPlan.seed(of: quiz))" : "the class file's order")
    let summary =
      "\(location.file.title) · \(title): \(facts.joined(separator: ", ")). Every learner gets "
      + "these questions in this order, with the options in this order."
    print(WordWrap.wrap(InertText.make(summary), width: environment.columns) + "\n")
    print(
      CardPreview.render(
        cards, width: environment.columns, style: TextStyle(isEnabled: environment.colour)),
      terminator: "")
  }
}
