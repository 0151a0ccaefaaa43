package org.councilassistant.core.service.bins;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.councilassistant.core.calendar.BankHolidays;
import org.councilassistant.core.service.bins.RoundCalendar.Frequency;
import org.councilassistant.core.service.bins.RoundCalendar.Service;
import org.councilassistant.core.setup.SetupException;
import org.councilassistant.intents.entities.BinType;
import org.councilassistant.intents.entities.Postcode;
import org.councilassistant.intents.entities.PostcodeExtractor;

/**
 * The {@link BinCollections} adapter over CSV data files: the sample council's in the jar, or a council's own in a
 * directory. Addresses name their round, rounds say which bins they collect on which weekday and how often, and
 * {@link RoundCalendar} works out the dates. Bad data fails at start-up with the file, line and column at fault,
 * rather than as wrong answers to residents. The layout is in docs/bin-data.md.
 */
public final class FileBinCollections implements BinCollections {

    static final List<String> ADDRESS_COLUMNS = List.of("uprn", "address", "postcode", "round", "garden");
    static final List<String> ROUND_COLUMNS = List.of("round", "weekday", "bin", "frequency");
    private static final Pattern UPRN = Pattern.compile("[1-9][0-9]{0,11}");
    private static final Comparator<Collection> BY_DATE_THEN_BIN =
            Comparator.comparing(Collection::date).thenComparing(Collection::binType);

    private final RoundCalendar calendar;
    private final Map<String, Address> addresses = new HashMap<>();
    private final Map<String, Integer> lineOfUprn = new HashMap<>();
    private final Map<String, Map<BinType, Service>> servicesByUprn = new HashMap<>();
    private final Map<Postcode, List<Address>> addressesByPostcode = new HashMap<>();

    /** The sample council's data, shipped in the jar. */
    public FileBinCollections(BankHolidays holidays) {
        this(holidays, BinDataFiles.sample());
    }

    FileBinCollections(BankHolidays holidays, BinDataFiles files) {
        this.calendar = RoundCalendar.read(files.read(BinDataFiles.CALENDAR), holidays);
        Map<String, Map<BinType, Service>> rounds = readRounds(files.read(BinDataFiles.ROUNDS));
        BinDataFiles.DataFile addressFile = files.read(BinDataFiles.ADDRESSES);
        PostcodeExtractor postcodes = new PostcodeExtractor();
        for (CsvTable.Row row : CsvTable.rows(addressFile, ADDRESS_COLUMNS)) {
            addAddress(row, rounds, postcodes);
        }
        if (addresses.isEmpty()) {
            throw new SetupException(addressFile.name() + " has no addresses.", "List the council's addresses, "
                    + "one a row, after the header row.");
        }
        addressesByPostcode.values().forEach(list -> list.sort(Comparator.naturalOrder()));
    }

    /** The sample council's data, with England and Wales bank holidays. */
    public static FileBinCollections load() {
        return new FileBinCollections(BankHolidays.load());
    }

    /** A council's own data files in {@code directory}; see docs/bin-data.md. */
    public static FileBinCollections fromDirectory(Path directory, BankHolidays holidays) {
        return new FileBinCollections(holidays, BinDataFiles.directory(directory));
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
            next.add(calendar.next(service, from));
        }
        next.sort(BY_DATE_THEN_BIN);
        return List.copyOf(next);
    }

    @Override
    public Optional<Collection> lastCollection(String uprn, BinType bin, LocalDate onOrBefore) {
        return Optional.ofNullable(servicesAt(uprn).get(bin)).map(service -> calendar.last(service, onOrBefore));
    }

    private Map<BinType, Service> servicesAt(String uprn) {
        return servicesByUprn.getOrDefault(uprn, Map.of());
    }

    private void addAddress(CsvTable.Row row, Map<String, Map<BinType, Service>> rounds, PostcodeExtractor postcodes) {
        String uprn = row.get("uprn");
        if (!UPRN.matcher(uprn).matches()) {
            throw row.problem("uprn", "'" + uprn + "' is not a UPRN.", "Give the address's Unique Property Reference "
                    + "Number from the council's gazetteer: a whole number of up to 12 digits, without leading zeros.");
        }
        Integer earlier = lineOfUprn.putIfAbsent(uprn, row.line());
        if (earlier != null) {
            throw row.problem("uprn", "UPRN " + uprn + " is already listed on line " + earlier + ".",
                    "Keep one row for each address.");
        }
        if (row.get("address").isEmpty()) {
            throw row.problem("address", "the address is empty.", "Write the address as residents know it, "
                    + "such as \"2 Acacia Avenue, Brackenfield\".");
        }
        Postcode postcode = postcodes.parse(row.get("postcode")).orElseThrow(() -> row.problem("postcode",
                "'" + row.get("postcode") + "' is not a UK postcode.", "Write the full postcode, such as BK1 2AB."));
        Map<BinType, Service> services = rounds.get(row.get("round"));
        if (services == null) {
            throw row.problem("round", "unknown round '" + row.get("round") + "'.", "Add the round to "
                    + BinDataFiles.ROUNDS + ", or correct the round's name here (names must match exactly).");
        }
        boolean garden = switch (row.get("garden").toLowerCase(Locale.ROOT)) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw row.problem("garden", "'" + row.get("garden") + "' is neither yes nor no.",
                    "Write yes when the household subscribes to garden waste collections, otherwise no.");
        };
        if (garden && !services.containsKey(BinType.GARDEN)) {
            throw row.problem("garden", "a garden waste subscriber on round '" + row.get("round")
                    + "', which collects no GARDEN bins.", "Add the round's GARDEN service to " + BinDataFiles.ROUNDS
                    + ", or write no.");
        }
        Address address = Address.of(uprn, row.get("address"), postcode, garden);
        addresses.put(uprn, address);
        Map<BinType, Service> served = new EnumMap<>(services);
        if (!garden) {
            served.remove(BinType.GARDEN);
        }
        servicesByUprn.put(uprn, served);
        addressesByPostcode.computeIfAbsent(postcode, p -> new ArrayList<>()).add(address);
    }

    private static Map<String, Map<BinType, Service>> readRounds(BinDataFiles.DataFile file) {
        Map<String, Map<BinType, Service>> rounds = new HashMap<>();
        for (CsvTable.Row row : CsvTable.rows(file, ROUND_COLUMNS)) {
            if (row.get("round").isEmpty()) {
                throw row.problem("round", "the round has no name.", "Name the round, such as MON1.");
            }
            Service service = new Service(constant(BinType.class, row, "bin"),
                    constant(DayOfWeek.class, row, "weekday"), constant(Frequency.class, row, "frequency"));
            if (service.weekday().getValue() > DayOfWeek.FRIDAY.getValue()) {
                throw row.problem("weekday", "rounds run Monday to Friday, not "
                        + RoundCalendar.dayName(service.weekday()) + ".",
                        "Give the weekday the crew usually collects on; bank holiday weeks move it by the rule "
                                + "in docs/bin-data.md.");
            }
            Map<BinType, Service> round = rounds.computeIfAbsent(row.get("round"), r -> new EnumMap<>(BinType.class));
            if (round.putIfAbsent(service.bin(), service) != null) {
                throw row.problem("bin", "round '" + row.get("round") + "' already has a " + service.bin()
                        + " service.", "Keep one row for each bin of a round.");
            }
        }
        if (rounds.isEmpty()) {
            throw new SetupException(file.name() + " has no rounds.", "List each round's bins, one a row.");
        }
        return rounds;
    }

    private static <E extends Enum<E>> E constant(Class<E> type, CsvTable.Row row, String column) {
        String value = row.get(column);
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            throw row.problem(column, "unknown " + column + " '" + value + "'.",
                    "Write one of " + String.join(", ", allowed) + ".");
        }
    }
}
