package cn.gov.cq.jianping.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fixed list of Chongqing's districts (from {@code reference/districts.txt}), read
 * once.
 */
public final class Districts {

	private static final Districts INSTANCE = load();

	private final Map<String, District> byCode;

	private Districts(Map<String, District> byCode) {
		this.byCode = Collections.unmodifiableMap(byCode);
	}

	public static Districts all() {
		return INSTANCE;
	}

	public List<District> list() {
		return new ArrayList<>(this.byCode.values());
	}

	public Optional<District> byCode(String code) {
		return Optional.ofNullable(code).map(this.byCode::get);
	}

	public Optional<District> byName(String name) {
		if (name == null) {
			return Optional.empty();
		}
		String trimmed = name.trim();
		return this.byCode.values().stream().filter(d -> d.name().equals(trimmed)).findFirst();
	}

	public String nameOf(String code) {
		return byCode(code).map(District::name).orElse(code);
	}

	private static Districts load() {
		Map<String, District> districts = new LinkedHashMap<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				Districts.class.getResourceAsStream("/reference/districts.txt"), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] fields = line.split("\t");
				districts.put(fields[0], new District(fields[0], fields[1]));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Districts(districts);
	}

}
