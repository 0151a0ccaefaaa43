package org.councilassistant.core.service.bins;

import org.councilassistant.core.calendar.BankHolidays;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.councilassistant.intents.entities.BinType;
import org.councilassistant.intents.entities.Postcode;

/**
 * The embedded {@link BinCollections} adapter: addresses, rounds and the week A/B anchor come from the data files
 * under {@code bins/} on the classpath, and collection days are worked out from each round's weekday and
 * frequency, moved around bank holidays by {@link BankHolidays#adjust}. Bad data fails at start-up with the file
 * and line at fault, rather than as wrong answers to residents.
 */
public final class FileBinCollections implements BinCollections {

    static final String ADDRESSES = "bins/addresses.csv";
    static final String ROUNDS = "bins/rounds.csv";
    static final String WEEKS = "bins/bin-weeks.properties";
    private static final Pattern POSTCODE = Pattern.compile("([A-Z]{1,2}[0-9][A-Z0-9]?) ([0-9][A-Z]{2})");
    private static final Comparator<Collection> BY_DATE_THEN_BIN =
            Comparator.comparing(Collection::date).thenComparing(Collection::binType);

    private enum Frequency { WEEKLY, FORTNIGHTLY_A, FORTNIGHTLY_B }

    private record Service(BinType bin, DayOfWeek weekday, Frequency frequency) {
    }

    private record Row(String file, int number, List<String> fields) {
        IllegalStateException problem(String message) {
            return new IllegalStateException(file + " line " + number + ": " + message);
        }
    }

    private final BankHolidays holidays;
    private final LocalDate weekAStarts;
    private final Map<String, Address> addresses = new LinkedHashMap<>();
    private final Map<String, Map<BinType, Service>> servicesByUprn = new HashMap<>();
    private final Map<Postcode, List<Address>> addressesByPostcode = new HashMap<>();

    public FileBinCollections(BankHolidays holidays) {
        this(holidays, FileBinCollections::readResource);
    }

    /** Reads the data files through {@code files} (name to lines), so tests can supply broken data. */
    FileBinCollections(BankHolidays holidays, Function<String, List<String>> files) {
        this.holidays = holidays;
        this.weekAStarts = readAnchor(files.apply(WEEKS));
        Map<String, Map<BinType, Service>> rounds = readRounds(rows(ROUNDS, files.apply(ROUNDS), "round,weekday,bin,frequency"));
        for (Row row : rows(ADDRESSES, files.apply(ADDRESSES), "uprn,address,postcode,round,garden")) {
            addAddress(row, rounds);
        }
        addressesByPostcode.values().forEach(list -> list.sort(Comparator.naturalOrder()));
    }

    /** The adapter over the shipped data files and bank holidays. */
    public static FileBinCollections load() {
        return new FileBinCollections(BankHolidays.load());
    }

    @Override
    public List<Address> addressesAt(Postcode postcode) {
        return List.copyOf(addressesByPostcode.getOrDefault(postcode, List.of()));
    }

    @Override
    public Optional<Address> address(String uprn) {
        return Optional.ofNullable(addresses.get(uprn));
    }

    @Override
    public List<BinType> binsAt(String uprn) {
        return List.copyOf(servicesAt(uprn).keySet());
    }

    @Override
    public List<Collection> nextCollections(String uprn, LocalDate from) {
        List<Collection> next = new ArrayList<>();
        for (Service service : servicesAt(uprn).values()) {
            // A collection due a few days before `from` may have been moved onto or past it.
            LocalDate usual = firstUsualOnOrAfter(service, from.minusDays(6));
            while (holidays.adjust(usual).isBefore(from)) {
                usual = usual.plusWeeks(periodInWeeks(service));
            }
            next.add(new Collection(service.bin(), holidays.adjust(usual), usual));
        }
        next.sort(BY_DATE_THEN_BIN);
        return List.copyOf(next);
    }

    @Override
    public Optional<Collection> lastCollection(String uprn, BinType bin, LocalDate onOrBefore) {
        Service service = servicesAt(uprn).get(bin);
        if (service == null) {
            return Optional.empty();
        }
        LocalDate usual = lastUsualOnOrBefore(service, onOrBefore);
        while (holidays.adjust(usual).isAfter(onOrBefore)) {
            usual = usual.minusWeeks(periodInWeeks(service));
        }
        return Optional.of(new Collection(bin, holidays.adjust(usual), usual));
    }

    private Map<BinType, Service> servicesAt(String uprn) {
        return servicesByUprn.getOrDefault(uprn, Map.of());
    }

    private LocalDate firstUsualOnOrAfter(Service service, LocalDate day) {
        LocalDate candidate = day.with(TemporalAdjusters.nextOrSame(service.weekday()));
        return runsInWeekOf(service, candidate) ? candidate : candidate.plusWeeks(1);
    }

    private LocalDate lastUsualOnOrBefore(Service service, LocalDate day) {
        LocalDate candidate = day.with(TemporalAdjusters.previousOrSame(service.weekday()));
        return runsInWeekOf(service, candidate) ? candidate : candidate.minusWeeks(1);
    }

    private boolean runsInWeekOf(Service service, LocalDate day) {
        long weeksSinceAnchor = Math.floorDiv(ChronoUnit.DAYS.between(weekAStarts, day), 7);
        boolean weekA = Math.floorMod(weeksSinceAnchor, 2) == 0;
        return switch (service.frequency()) {
            case WEEKLY -> true;
            case FORTNIGHTLY_A -> weekA;
            case FORTNIGHTLY_B -> !weekA;
        };
    }

    private static int periodInWeeks(Service service) {
        return service.frequency() == Frequency.WEEKLY ? 1 : 2;
    }

    private void addAddress(Row row, Map<String, Map<BinType, Service>> rounds) {
        List<String> f = row.fields();
        String uprn = f.get(0);
        if (!uprn.matches("\\d{12}")) {
            throw row.problem("UPRN '" + uprn + "' is not 12 digits");
        }
        var postcode = POSTCODE.matcher(f.get(2));
        if (!postcode.matches()) {
            throw row.problem("postcode '" + f.get(2) + "' is not in the form 'BK1 2AB'");
        }
        Map<BinType, Service> services = rounds.get(f.get(3));
        if (services == null) {
            throw row.problem("unknown round '" + f.get(3) + "' (not in " + ROUNDS + ")");
        }
        boolean garden = switch (f.get(4)) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw row.problem("garden must be 'yes' or 'no', not '" + f.get(4) + "'");
        };
        if (garden && !services.containsKey(BinType.GARDEN)) {
            throw row.problem("garden subscriber on round '" + f.get(3) + "', which has no GARDEN service");
        }
        Address address = Address.of(uprn, f.get(1), new Postcode(postcode.group(1), postcode.group(2)), garden);
        if (addresses.putIfAbsent(uprn, address) != null) {
            throw row.problem("UPRN " + uprn + " is listed twice");
        }
        Map<BinType, Service> served = new EnumMap<>(services);
        if (!garden) {
            served.remove(BinType.GARDEN);
        }
        servicesByUprn.put(uprn, served);
        addressesByPostcode.computeIfAbsent(address.postcode(), p -> new ArrayList<>()).add(address);
    }

    private static Map<String, Map<BinType, Service>> readRounds(List<Row> rows) {
        Map<String, Map<BinType, Service>> rounds = new HashMap<>();
        for (Row row : rows) {
            Service service = new Service(
                    constant(BinType.class, row, 2, "bin"),
                    constant(DayOfWeek.class, row, 1, "weekday"),
                    constant(Frequency.class, row, 3, "frequency"));
            if (service.weekday().getValue() > DayOfWeek.FRIDAY.getValue()) {
                throw row.problem("rounds run Monday to Friday, not " + service.weekday());
            }
            Map<BinType, Service> round = rounds.computeIfAbsent(row.fields().get(0), r -> new EnumMap<>(BinType.class));
            if (round.putIfAbsent(service.bin(), service) != null) {
                throw row.problem("round '" + row.fields().get(0) + "' already has a " + service.bin() + " service");
            }
        }
        return rounds;
    }

    private static <E extends Enum<E>> E constant(Class<E> type, Row row, int column, String what) {
        String value = row.fields().get(column);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw row.problem("unknown " + what + " '" + value + "'");
        }
    }

    private static LocalDate readAnchor(List<String> lines) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(String.join("\n", lines)));
            LocalDate anchor = LocalDate.parse(properties.getProperty("week-a-starts", "missing"));
            if (anchor.getDayOfWeek() == DayOfWeek.MONDAY) {
                return anchor;
            }
        } catch (IOException | DateTimeParseException e) {
            // falls through to the one message that says what the file must contain
        }
        throw new IllegalStateException(WEEKS + ": week-a-starts must be the yyyy-mm-dd date of a Monday");
    }

    /** The data rows of a CSV file: comments, blank lines and the header row are checked and skipped. */
    private static List<Row> rows(String file, List<String> lines, String header) {
        List<Row> rows = new ArrayList<>();
        int columns = header.split(",").length;
        boolean headerSeen = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replace("\uFEFF", "").strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Row row = new Row(file, i + 1, fields(line));
            if (!headerSeen && !line.equals(header)) {
                throw row.problem("expected header '" + header + "' but found '" + line + "'");
            }
            if (row.fields().size() != columns) {
                throw row.problem("expected " + columns + " fields but found " + row.fields().size());
            }
            if (headerSeen) {
                rows.add(row);
            }
            headerSeen = true;
        }
        return rows;
    }

    /** Splits a CSV line; a field in double quotes may contain commas, and "" inside it stands for a quote. */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append(c);
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString().strip());
        return fields;
    }

    private static List<String> readResource(String name) {
        InputStream in = FileBinCollections.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("Missing classpath resource " + name);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + name, e);
        }
    }
}
