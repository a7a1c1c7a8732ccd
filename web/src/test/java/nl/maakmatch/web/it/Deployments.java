package nl.maakmatch.web.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The one deployment every integration test uses: the real WAR the build produced. */
public final class Deployments {

  private Deployments() {}

  public static WebArchive maakmatch() {
    File war = new File(System.getProperty("maakmatch.war", "target/maakmatch.war"));
    if (!war.isFile()) {
      throw new IllegalStateException(war + " is missing: integration tests run after package");
    }
    return ShrinkWrap.createFromZipFile(WebArchive.class, war);
  }
}
