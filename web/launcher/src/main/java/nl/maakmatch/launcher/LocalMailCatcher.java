package nl.maakmatch.launcher;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * GreenMail as the local run's mail catcher: an SMTP server that keeps every mail instead of
 * delivering it, and an IMAP server where each demo user reads theirs in any mail client (login =
 * user name, password = the demo password). Both listen on localhost only; mail lives in memory and
 * is gone when the run stops.
 *
 * <p>GreenMail and Jakarta Mail are loaded in a class loader of their own, from the jars listed in
 * {@value #CLASSPATH_RESOURCE} (written at build time): on the launcher's class path they would sit
 * on Payara's parent class loader and could shadow the Jakarta Mail that Payara provides to the
 * application. Only SLF4J is shared, so GreenMail logs where the launcher does.
 */
final class LocalMailCatcher implements AutoCloseable {

  static final int SMTP_PORT = 3025;
  static final int IMAP_PORT = 3143;

  /** The demo realm's users: each has a mailbox {@code name@maakmatch.example}. */
  static final List<String> DEMO_USERS =
      List.of("anna", "bram", "carla", "lars", "daan", "eva", "admin", "sanne");

  static final String DEMO_DOMAIN = "maakmatch.example";

  static final String CLASSPATH_RESOURCE = "mail-catcher.classpath";

  private static final Logger LOG = Logger.getLogger(LocalMailCatcher.class.getName());
  private static final String LOOPBACK = "127.0.0.1";

  private final URLClassLoader loader;
  private final Object greenMail;

  private LocalMailCatcher(URLClassLoader loader, Object greenMail) {
    this.loader = loader;
    this.greenMail = greenMail;
  }

  /**
   * Starts SMTP and IMAP on the given ports (0: any free port) with a mailbox for each demo user.
   *
   * @throws IllegalStateException when GreenMail is not on the build's class path list, or a port
   *     is taken
   */
  static LocalMailCatcher start(int smtpPort, int imapPort) {
    URLClassLoader loader = isolatedLoader(jars());
    try {
      Class<?> setupType = loader.loadClass("com.icegreen.greenmail.util.ServerSetup");
      Object setups = Array.newInstance(setupType, 2);
      Array.set(setups, 0, setup(setupType, smtpPort, "smtp"));
      Array.set(setups, 1, setup(setupType, imapPort, "imap"));
      Class<?> greenMailType = loader.loadClass("com.icegreen.greenmail.util.GreenMail");
      Object greenMail = greenMailType.getConstructor(setups.getClass()).newInstance(setups);
      // GreenMail's threads inherit this thread's context class loader, and Jakarta Mail looks
      // up its implementation through it: let them find GreenMail's own
      Thread current = Thread.currentThread();
      ClassLoader previous = current.getContextClassLoader();
      current.setContextClassLoader(loader);
      try {
        greenMailType.getMethod("start").invoke(greenMail);
      } finally {
        current.setContextClassLoader(previous);
      }
      LocalMailCatcher catcher = new LocalMailCatcher(loader, greenMail);
      for (String user : DEMO_USERS) {
        catcher.addMailbox(user);
      }
      return catcher;
    } catch (InvocationTargetException e) {
      close(loader);
      throw new IllegalStateException(
          "GreenMail did not start: " + e.getCause().getMessage(), e.getCause());
    } catch (ReflectiveOperationException e) {
      close(loader);
      throw new IllegalStateException("GreenMail is not usable from " + CLASSPATH_RESOURCE, e);
    }
  }

  private static Object setup(Class<?> setupType, int port, String protocol)
      throws ReflectiveOperationException {
    return setupType
        .getConstructor(int.class, String.class, String.class)
        .newInstance(port, LOOPBACK, protocol);
  }

  private void addMailbox(String user) throws ReflectiveOperationException {
    greenMail
        .getClass()
        .getMethod("setUser", String.class, String.class, String.class)
        .invoke(greenMail, user + "@" + DEMO_DOMAIN, user, user + "-demo");
  }

  int smtpPort() {
    return port("getSmtp");
  }

  int imapPort() {
    return port("getImap");
  }

  private int port(String server) {
    try {
      Object service = greenMail.getClass().getMethod(server).invoke(greenMail);
      return (int) service.getClass().getMethod("getPort").invoke(service);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("GreenMail does not say its port", e);
    }
  }

  @Override
  public void close() {
    try {
      greenMail.getClass().getMethod("stop").invoke(greenMail);
    } catch (ReflectiveOperationException e) {
      LOG.warning("GreenMail did not stop cleanly: " + e.getMessage());
    }
    close(loader);
  }

  private static void close(URLClassLoader loader) {
    try {
      loader.close();
    } catch (IOException e) {
      LOG.fine("closing GreenMail's class loader: " + e.getMessage());
    }
  }

  /** The jars of GreenMail and Jakarta Mail, as the build listed them. */
  static List<Path> jars() {
    try (InputStream list = LocalMailCatcher.class.getResourceAsStream(CLASSPATH_RESOURCE)) {
      if (list == null) {
        throw new IllegalStateException(
            CLASSPATH_RESOURCE + " is missing: build the launcher with Maven first");
      }
      String classpath = new String(list.readAllBytes(), StandardCharsets.UTF_8).strip();
      List<Path> jars = new ArrayList<>();
      for (String entry : classpath.split(File.pathSeparator)) {
        if (!entry.isBlank()) {
          jars.add(Path.of(entry));
        }
      }
      for (Path jar : jars) {
        if (!Files.isRegularFile(jar)) {
          throw new IllegalStateException(jar + " is missing: build the launcher with Maven first");
        }
      }
      return jars;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + CLASSPATH_RESOURCE, e);
    }
  }

  private static URLClassLoader isolatedLoader(List<Path> jars) {
    URL[] urls = new URL[jars.size()];
    for (int i = 0; i < urls.length; i++) {
      try {
        urls[i] = jars.get(i).toUri().toURL();
      } catch (MalformedURLException e) {
        throw new IllegalStateException("not a jar path: " + jars.get(i), e);
      }
    }
    ClassLoader launcher = LocalMailCatcher.class.getClassLoader();
    // the JDK, and SLF4J from the launcher (bound to java.util.logging), nothing else
    ClassLoader parent =
        new ClassLoader("mail-catcher-parent", ClassLoader.getPlatformClassLoader()) {
          @Override
          protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("org.slf4j.")) {
              return launcher.loadClass(name);
            }
            return super.loadClass(name, resolve);
          }
        };
    return new URLClassLoader("mail-catcher", urls, parent);
  }
}
