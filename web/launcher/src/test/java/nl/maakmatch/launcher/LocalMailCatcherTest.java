package nl.maakmatch.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The run command's mail catcher, on free ports: what a person trying MaakMatch would do. */
class LocalMailCatcherTest {

  private LocalMailCatcher catcher;

  @BeforeEach
  void start() {
    catcher = LocalMailCatcher.start(0, 0);
  }

  @AfterEach
  void stop() {
    catcher.close();
  }

  @Test
  void keepsAMailForADemoUserWhoReadsItOverImapWithTheirDemoPassword() throws Exception {
    Properties smtp = new Properties();
    smtp.put("mail.smtp.host", "localhost");
    smtp.put("mail.smtp.port", String.valueOf(catcher.smtpPort()));
    MimeMessage mail = new MimeMessage(Session.getInstance(smtp));
    mail.setFrom(new InternetAddress("noreply@maakmatch.example"));
    mail.setRecipient(Message.RecipientType.TO, new InternetAddress("eva@maakmatch.example"));
    mail.setSubject("MaakMatch: New introduction", "UTF-8");
    mail.setText("Hello,", "UTF-8");
    Transport.send(mail);

    Properties imap = new Properties();
    imap.put("mail.imap.port", String.valueOf(catcher.imapPort()));
    Store store = Session.getInstance(imap).getStore("imap");
    store.connect("localhost", "eva", "eva-demo");
    try {
      Folder inbox = store.getFolder("INBOX");
      inbox.open(Folder.READ_ONLY);
      assertThat(inbox.getMessageCount()).isEqualTo(1);
      assertThat(inbox.getMessage(1).getSubject()).isEqualTo("MaakMatch: New introduction");
      inbox.close(false);
    } finally {
      store.close();
    }
  }

  @Test
  void hasAMailboxForEveryDemoUserOfTheRealm() throws Exception {
    Properties imap = new Properties();
    imap.put("mail.imap.port", String.valueOf(catcher.imapPort()));
    for (String user : LocalMailCatcher.DEMO_USERS) {
      Store store = Session.getInstance(imap).getStore("imap");
      store.connect("localhost", user, user + "-demo");
      assertThat(store.isConnected()).as(user).isTrue();
      store.close();
    }
  }
}
