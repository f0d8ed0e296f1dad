package uk.police.complaints.portal.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** The police forces and other bodies a complaint can be about, read once from the reference data. */
@Component
public class PoliceBodies {

    private static final String SOURCE = "reference/police-bodies.csv";

    private final List<PoliceBody> bodies;

    public PoliceBodies() {
        this.bodies = read().stream().sorted(Comparator.comparing(PoliceBody::nameEnglish)).toList();
    }

    /** In alphabetical order of their English names. */
    public List<PoliceBody> all() {
        return bodies;
    }

    public Optional<PoliceBody> find(String code) {
        return bodies.stream().filter(body -> body.code().equals(code)).findFirst();
    }

    private static List<PoliceBody> read() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(SOURCE).getInputStream(), StandardCharsets.UTF_8))) {
            List<PoliceBody> read = new ArrayList<>();
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    List<String> fields = CsvLine.fields(line);
                    if (fields.size() != 7) {
                        throw new IllegalStateException(SOURCE + " has a line without 7 fields: " + line);
                    }
                    read.add(new PoliceBody(fields.get(0), fields.get(1), fields.get(2), fields.get(3), fields.get(4),
                            fields.get(5), fields.get(6)));
                }
            }
            return read;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
