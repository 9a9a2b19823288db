import Testing

@testable import Interop

@Suite("HTML reduced to text")
struct HTMLTextTests {
  @Test(
    "tags stripped, entities decoded, breaks kept",
    arguments: [
      ("<b>bold</b> &amp; <i>italic</i>", "bold & italic"),
      ("one<br>two<br/>three", "one\ntwo\nthree"),
      ("<div>first</div><div>second</div>", "first\nsecond"),
      ("a&nbsp;b &lt;c&gt; &#39;d&#39; &#x2014; &quot;e&quot;", "a b <c> 'd' — \"e\""),
      ("<ul><li>x</li><li>y</li></ul>", "- x\n- y"),
      ("<style>.card{}</style>text  with   spaces", "text with spaces"),
      ("see <img src=\"a.png\"> here [sound:b.mp3]", "see here"),
      ("&unknown; & alone", "&unknown; & alone"),
    ])
  func reduces(html: String, text: String) {
    #expect(HTMLText.text(html) == text)
  }

  @Test("a line joins the breaks with spaces")
  func line() {
    #expect(HTMLText.line("a<br>b") == "a b")
  }

  @Test("media references are found")
  func media() {
    #expect(
      HTMLText.mediaReferences(#"<img src="x.jpg"> <IMG class=a src='y.png'> [sound:z.ogg]"#)
        == ["x.jpg", "y.png", "z.ogg"])
  }
}
