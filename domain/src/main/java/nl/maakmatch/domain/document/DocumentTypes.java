package nl.maakmatch.domain.document;

import static nl.maakmatch.domain.document.DocumentMessages.TEXT;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import nl.maakmatch.domain.document.DocumentType.Accepted;
import nl.maakmatch.domain.document.DocumentType.Refused;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * Which documents MaakMatch keeps, told from their bytes alone: PDF, images (PNG, JPEG, GIF, WebP,
 * TIFF) and office documents (Word, Excel and PowerPoint, old and new, and OpenDocument). The name
 * and the media type the browser sent play no part: a program renamed to {@code offerte.pdf} is a
 * program.
 *
 * <p>Tika's magic numbers tell the family. Office documents are containers shared with other things
 * (a ZIP archive, a Java archive, a Windows Installer package), so for those the container's table
 * of contents decides: an OOXML package with a Word, Excel or PowerPoint part, an OpenDocument
 * package by its {@code mimetype} entry, a compound file with a Word, Excel or PowerPoint stream.
 * Office documents with macros are refused: the one part of them that runs.
 */
public final class DocumentTypes {

  public static final String PDF = "application/pdf";
  public static final Set<String> IMAGES =
      Set.of("image/png", "image/jpeg", "image/gif", "image/webp", "image/tiff");

  public static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  public static final String PPTX =
      "application/vnd.openxmlformats-officedocument.presentationml.presentation";
  public static final String ODT = "application/vnd.oasis.opendocument.text";
  public static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";
  public static final String ODP = "application/vnd.oasis.opendocument.presentation";
  public static final String DOC = "application/msword";
  public static final String XLS = "application/vnd.ms-excel";
  public static final String PPT = "application/vnd.ms-powerpoint";

  private static final Set<String> OPEN_DOCUMENTS = Set.of(ODT, ODS, ODP);
  private static final Set<String> LEGACY_OFFICE = Set.of(DOC, XLS, PPT);
  private static final MediaType ZIP = MediaType.APPLICATION_ZIP;
  private static final MediaType COMPOUND_FILE = MediaType.application("x-tika-msoffice");
  private static final int MIMETYPE_ENTRY_MAX = 100;

  private static final MimeTypes MAGIC = MimeTypes.getDefaultMimeTypes();

  private DocumentTypes() {}

  /** What the file's bytes show it to be, and whether MaakMatch keeps it. */
  public static DocumentType of(Path file) {
    MediaType magic = magicOf(file);
    String detected = magic.getBaseType().toString();
    if (detected.equals(PDF) || IMAGES.contains(detected)) {
      return new Accepted(detected);
    }
    if (isA(magic, ZIP)) {
      return ofZipPackage(file, detected);
    }
    if (isA(magic, COMPOUND_FILE) || LEGACY_OFFICE.contains(detected)) {
      return ofCompoundFile(file, detected);
    }
    return refused(detected);
  }

  private static MediaType magicOf(Path file) {
    // no file name in the metadata: Tika would otherwise let "x.pdf" decide for unknown bytes
    try (InputStream in = TikaInputStream.get(file)) {
      return MAGIC.detect(in, new Metadata());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isA(MediaType type, MediaType family) {
    MediaTypeRegistry registry = MAGIC.getMediaTypeRegistry();
    MediaType base = registry.normalize(type.getBaseType());
    return base.equals(family) || registry.isSpecializationOf(base, family);
  }

  private static DocumentType ofZipPackage(Path file, String detected) {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      if (zip.getEntry("[Content_Types].xml") != null) {
        return ofOfficeOpenXml(zip, detected);
      }
      ZipEntry mimetype = zip.getEntry("mimetype");
      if (mimetype != null) {
        return ofOpenDocument(zip, mimetype, detected);
      }
      return refused(detected);
    } catch (IOException unreadable) {
      return refused(detected);
    }
  }

  private static DocumentType ofOfficeOpenXml(ZipFile zip, String detected) {
    boolean word = false;
    boolean excel = false;
    boolean powerPoint = false;
    for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
      String name = entries.nextElement().getName();
      if (name.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin")) {
        return withMacros(detected);
      }
      word |= name.startsWith("word/");
      excel |= name.startsWith("xl/");
      powerPoint |= name.startsWith("ppt/");
    }
    if (word) {
      return new Accepted(DOCX);
    }
    if (excel) {
      return new Accepted(XLSX);
    }
    return powerPoint ? new Accepted(PPTX) : refused(detected);
  }

  private static DocumentType ofOpenDocument(ZipFile zip, ZipEntry mimetype, String detected)
      throws IOException {
    String declared;
    try (InputStream in = zip.getInputStream(mimetype)) {
      declared = new String(in.readNBytes(MIMETYPE_ENTRY_MAX), StandardCharsets.US_ASCII).strip();
    }
    if (!OPEN_DOCUMENTS.contains(declared)) {
      return refused(detected);
    }
    for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
      String name = entries.nextElement().getName();
      if (name.startsWith("Basic/") || name.startsWith("Scripts/")) {
        return withMacros(detected);
      }
    }
    return new Accepted(declared);
  }

  private static DocumentType ofCompoundFile(Path file, String detected) {
    Set<String> names;
    try {
      names =
          Ole2Directory.namesIn(file).stream()
              .map(n -> n.toLowerCase(Locale.ROOT))
              .collect(Collectors.toSet());
    } catch (IOException unreadable) {
      return refused(detected);
    }
    if (names.contains("macros") || names.contains("_vba_project_cur") || names.contains("vba")) {
      return withMacros(detected);
    }
    if (names.contains("worddocument")) {
      return new Accepted(DOC);
    }
    if (names.contains("workbook") || names.contains("book")) {
      return new Accepted(XLS);
    }
    return names.contains("powerpoint document") ? new Accepted(PPT) : refused(detected);
  }

  private static Refused refused(String detected) {
    return new Refused(detected, TEXT.get("document.unsupportedType", detected));
  }

  private static Refused withMacros(String detected) {
    return new Refused(detected, TEXT.get("document.macros"));
  }
}
