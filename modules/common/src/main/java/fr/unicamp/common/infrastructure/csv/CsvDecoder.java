package fr.unicamp.common.infrastructure.csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes field bytes strictly: a byte that is not valid in the file's charset is reported with the
 * physical line it sits on, never replaced by U+FFFD. A silently replaced character would end up in
 * a student's name on a certificate.
 */
final class CsvDecoder {

  /** Either the text, or the physical line of the first invalid byte. */
  record Decoded(String text, int faultLine) {
    boolean failed() {
      return text == null;
    }
  }

  private final CharsetDecoder decoder;

  CsvDecoder(Charset charset) {
    this.decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  Decoded decode(CsvTokenizer.RawField field) {
    byte[] bytes = field.bytes();
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    decoder.reset();
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      return new Decoded(null, field.line() + lineEndsBefore(bytes, in.position()));
    }
    return new Decoded(out.flip().toString(), field.line());
  }

  /**
   * The 1-based line of the first non-ASCII byte if the whole file is valid UTF-8 and has at least
   * one such byte, else 0. Real Windows-1252 French text ("é" then a letter) is never valid UTF-8,
   * so a positive answer for a file announced as Windows-1252 means it was sent in UTF-8.
   */
  static int firstLineIfUtf8(byte[] data) {
    int first = -1;
    for (int i = 0; i < data.length && first < 0; i++) {
      if (data[i] < 0) {
        first = i;
      }
    }
    if (first < 0) {
      return 0;
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(data));
      return 1 + lineEndsBefore(data, first);
    } catch (CharacterCodingException notUtf8) {
      return 0;
    }
  }

  /** Physical line ends (LF, or CR not followed by LF) in {@code bytes[0, end)}. */
  static int lineEndsBefore(byte[] bytes, int end) {
    int count = 0;
    for (int i = 0; i < end; i++) {
      if (bytes[i] == '\n'
          || (bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n'))) {
        count++;
      }
    }
    return count;
  }
}
