package nl.maakmatch.domain.document;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The names of the streams and storages in an OLE2 compound file (the container of legacy .doc,
 * .xls and .ppt files, MS-CFB), read from its directory. Word, Excel, PowerPoint and Windows
 * Installer packages share the container's signature; only these names tell them apart, and the
 * core of Tika does not read them. Every sector number is checked against the file, and every chain
 * against looping, so a crafted file ends in an {@link IOException}, never a long loop.
 */
final class Ole2Directory {

  // D0 CF 11 E0 A1 B1 1A E1, read as a little-endian long
  private static final long SIGNATURE = 0xE11AB1A1E011CFD0L;
  private static final int HEADER_SIZE = 512;
  private static final int HEADER_DIFAT_ENTRIES = 109;
  private static final int ENTRY_SIZE = 128;
  private static final int MAX_REGULAR_SECTOR = 0xFFFFFFFA;
  private static final int STORAGE = 1;
  private static final int STREAM = 2;

  private final FileChannel channel;
  private final int shift;
  private final int sectorSize;
  private final long sectorCount;
  private final List<Integer> fatSectors = new ArrayList<>();

  private Ole2Directory(FileChannel channel, ByteBuffer header) throws IOException {
    this.channel = channel;
    this.shift = header.getShort(0x1E) & 0xFFFF;
    if (shift != 9 && shift != 12) {
      throw new IOException("a compound file has 512- or 4096-byte sectors");
    }
    this.sectorSize = 1 << shift;
    this.sectorCount = channel.size() >> shift;
    readFatSectors(header);
  }

  /** The names of every stream and storage in the compound file. */
  static Set<String> namesIn(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer header = read(channel, 0, HEADER_SIZE);
      if (header.getLong(0) != SIGNATURE) {
        throw new IOException("not a compound file");
      }
      return new Ole2Directory(channel, header).names(header.getInt(0x30));
    }
  }

  private Set<String> names(int firstDirectorySector) throws IOException {
    Set<String> names = new HashSet<>();
    int sector = firstDirectorySector;
    for (long steps = 0; isRegular(sector); steps++) {
      if (steps > sectorCount) {
        throw new IOException("the directory chain loops");
      }
      ByteBuffer entries = read(channel, offset(sector), sectorSize);
      for (int at = 0; at < sectorSize; at += ENTRY_SIZE) {
        int type = entries.get(at + 0x42);
        // the length in bytes, with the terminating null
        int length = entries.getShort(at + 0x40) & 0xFFFF;
        if ((type == STORAGE || type == STREAM) && length >= 2 && length <= 64) {
          byte[] name = new byte[length - 2];
          entries.get(at, name);
          names.add(new String(name, StandardCharsets.UTF_16LE));
        }
      }
      sector = next(sector);
    }
    return names;
  }

  /** The FAT's own sectors: the first 109 listed in the header, the rest in the DIFAT chain. */
  private void readFatSectors(ByteBuffer header) throws IOException {
    int count = header.getInt(0x2C);
    if (count < 0 || count > sectorCount) {
      throw new IOException("more FAT sectors than the file holds");
    }
    for (int i = 0; i < HEADER_DIFAT_ENTRIES && fatSectors.size() < count; i++) {
      fatSectors.add(header.getInt(0x4C + 4 * i));
    }
    int difat = header.getInt(0x44);
    int perDifatSector = sectorSize / 4 - 1;
    for (long steps = 0; fatSectors.size() < count && isRegular(difat); steps++) {
      if (steps > sectorCount) {
        throw new IOException("the DIFAT chain loops");
      }
      ByteBuffer listed = read(channel, offset(difat), sectorSize);
      for (int i = 0; i < perDifatSector && fatSectors.size() < count; i++) {
        fatSectors.add(listed.getInt(4 * i));
      }
      difat = listed.getInt(sectorSize - 4);
    }
    if (fatSectors.size() < count) {
      throw new IOException("the FAT is incomplete");
    }
  }

  /** The sector after {@code sector} in its chain, from the FAT. */
  private int next(int sector) throws IOException {
    long index = Integer.toUnsignedLong(sector);
    int perFatSector = sectorSize / 4;
    long fatIndex = index / perFatSector;
    if (fatIndex >= fatSectors.size()) {
      throw new IOException("sector " + index + " is beyond the FAT");
    }
    int fatSector = fatSectors.get((int) fatIndex);
    if (!isRegular(fatSector)) {
      throw new IOException("a FAT sector is missing");
    }
    return read(channel, offset(fatSector) + (index % perFatSector) * 4, 4).getInt(0);
  }

  private long offset(int sector) throws IOException {
    long index = Integer.toUnsignedLong(sector);
    // sector i follows the header block: it must end within the file
    if (index + 1 >= sectorCount) {
      throw new IOException("sector " + index + " is beyond the end of the file");
    }
    return (index + 1) << shift;
  }

  private static boolean isRegular(int sector) {
    return Integer.compareUnsigned(sector, MAX_REGULAR_SECTOR) <= 0;
  }

  private static ByteBuffer read(FileChannel channel, long position, int length)
      throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    while (buffer.hasRemaining()) {
      if (channel.read(buffer, position + buffer.position()) < 0) {
        throw new IOException("the compound file ends early");
      }
    }
    return buffer.flip();
  }
}
