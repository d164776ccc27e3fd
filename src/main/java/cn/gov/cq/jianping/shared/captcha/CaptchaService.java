package cn.gov.cq.jianping.shared.captcha;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Duration;

import javax.imageio.ImageIO;

import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The image challenge of the public objection form and of the login form after failures:
 * a PNG of a few characters from an alphabet without look-alikes (no 0/O, 1/I/L, 2/Z,
 * 5/S, 8/B), answered case-insensitively, once. The answer is kept in the session only,
 * which lives in PostgreSQL, so the image and the check may be served by different nodes.
 * The objection form's challenge is off when {@code jianping.captcha.enabled=false}
 * (automated tests); the login form asks {@link #answers} and has its own switch.
 */
@Service
public class CaptchaService {

	static {
		if (System.getProperty("java.awt.headless") == null) {
			System.setProperty("java.awt.headless", "true");
		}
	}

	public static final String SESSION_KEY = CaptchaService.class.getName() + ".answer";

	public static final String ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";

	static final Duration VALIDITY = Duration.ofMinutes(10);

	private static final int WIDTH = 150;

	private static final int HEIGHT = 48;

	private final boolean enabled;

	private final SecureRandom random = new SecureRandom();

	public CaptchaService(@Value("${jianping.captcha.enabled:true}") boolean enabled) {
		this.enabled = enabled;
	}

	/**
	 * The answer kept in the session (in PostgreSQL, so any node checks it), with when it
	 * was issued: wall time, since another node's monotonic clock means nothing here.
	 */
	public record Answer(String text, long issuedAtEpochMillis) implements Serializable {
	}

	/** A new challenge: its answer and its picture. */
	public record Challenge(String answer, byte[] png) {
	}

	public boolean enabled() {
		return this.enabled;
	}

	/**
	 * Makes a new challenge and keeps its answer in the session, replacing any earlier
	 * one.
	 */
	public Challenge issue(HttpSession session) {
		int length = 4 + this.random.nextInt(2);
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			text.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		String answer = text.toString();
		session.setAttribute(SESSION_KEY, new Answer(answer, System.currentTimeMillis()));
		return new Challenge(answer, render(answer));
	}

	/**
	 * Whether the input answers the challenge in the session. Any check uses the
	 * challenge up, right or wrong; when the challenge is off every input passes.
	 */
	public boolean check(HttpSession session, String input) {
		return !this.enabled || answers(session, input);
	}

	/**
	 * Whether the input answers the challenge in the session, whatever the switch of the
	 * objection form says. Right or wrong, the challenge is used up.
	 */
	public boolean answers(HttpSession session, String input) {
		if (session == null) {
			return false;
		}
		Object stored = session.getAttribute(SESSION_KEY);
		session.removeAttribute(SESSION_KEY);
		if (!(stored instanceof Answer answer) || input == null) {
			return false;
		}
		if (System.currentTimeMillis() - answer.issuedAtEpochMillis() > VALIDITY.toMillis()) {
			return false;
		}
		return answer.text().equalsIgnoreCase(input.trim());
	}

	private byte[] render(String text) {
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setColor(new Color(246, 247, 249));
			g.fillRect(0, 0, WIDTH, HEIGHT);
			for (int i = 0; i < 40; i++) {
				g.setColor(randomColor(150, 220));
				g.fillRect(this.random.nextInt(WIDTH), this.random.nextInt(HEIGHT), 2, 2);
			}
			Font font = new Font(Font.SANS_SERIF, Font.BOLD, 28);
			int step = (WIDTH - 20) / text.length();
			for (int i = 0; i < text.length(); i++) {
				AffineTransform turn = new AffineTransform();
				turn.rotate((this.random.nextDouble() - 0.5) * 0.6);
				g.setFont(font.deriveFont(turn));
				g.setColor(randomColor(20, 110));
				g.drawString(String.valueOf(text.charAt(i)), 12 + i * step, 34 + this.random.nextInt(6) - 3);
			}
			for (int i = 0; i < 5; i++) {
				g.setColor(randomColor(80, 180));
				g.setStroke(new BasicStroke(1.2f + this.random.nextFloat()));
				g.drawLine(this.random.nextInt(WIDTH), this.random.nextInt(HEIGHT), this.random.nextInt(WIDTH),
						this.random.nextInt(HEIGHT));
			}
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private Color randomColor(int low, int high) {
		return new Color(low + this.random.nextInt(high - low), low + this.random.nextInt(high - low),
				low + this.random.nextInt(high - low));
	}

}
