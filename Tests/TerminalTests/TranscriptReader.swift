import Terminal

/// A scripted reader that also writes each prompt and the typed line into the transcript, so a golden file
/// shows the session exactly as the learner saw it.
final class Transcript {
  var text = ""
  func write(_ piece: String) { text += piece }
}

struct TranscriptReader: LineReader {
  var inner: ScriptedLineReader
  let transcript: Transcript

  init(_ script: [LineInput], transcript: Transcript) {
    inner = ScriptedLineReader(script)
    self.transcript = transcript
  }

  mutating func readLine(prompt: String) -> LineInput {
    let input = inner.readLine(prompt: prompt)
    switch input {
    case .line(let line): transcript.write(prompt + line + "\n")
    case .interrupted: transcript.write(prompt + "^C\n")
    case .endOfInput: transcript.write(prompt + "^D\n")
    }
    return input
  }

  mutating func addToHistory(_ line: String) { inner.addToHistory(line) }
}
