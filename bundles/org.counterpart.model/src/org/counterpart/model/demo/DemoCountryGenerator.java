package org.counterpart.model.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.counterpart.model.Actor;
import org.counterpart.model.Attachment;
import org.counterpart.model.Classification;
import org.counterpart.model.Confidence;
import org.counterpart.model.Contact;
import org.counterpart.model.CounterpartFactory;
import org.counterpart.model.Disposition;
import org.counterpart.model.Engagement;
import org.counterpart.model.EngagementKind;
import org.counterpart.model.FieldObservation;
import org.counterpart.model.Identified;
import org.counterpart.model.Indicator;
import org.counterpart.model.InformationCredibility;
import org.counterpart.model.InstitutionKind;
import org.counterpart.model.Marking;
import org.counterpart.model.Measurement;
import org.counterpart.model.Objective;
import org.counterpart.model.ObservationStatus;
import org.counterpart.model.PartnerInstitution;
import org.counterpart.model.Relationship;
import org.counterpart.model.RelationshipKind;
import org.counterpart.model.SourceReliability;
import org.counterpart.model.Theater;

/**
 * Generates the workspace of a fictional partner country, the Republic of Valmaa (code {@code XVM}, from the ISO
 * 3166 user-assigned range so that it can never be mistaken for a real country), for demonstrations, exercises, tests
 * and benchmarks.
 * <p>
 * At scale 1 the workspace has {@value #INSTITUTIONS} institutions, {@value #CONTACTS} contacts, {@value #RELATIONSHIPS}
 * relationships, {@value #ENGAGEMENTS} engagements, {@value #OBSERVATIONS} field observations and 3 end states with
 * 12 objectives, 12 sub-objectives, their indicators and measurements; scale K has K times as many of each. The
 * result depends only on the seed and the scale: ids come from a seeded random generator and all times from a
 * fixed epoch, so the same arguments give an equal model on every machine. Generated workspaces validate without
 * errors (some draft observations are left ungraded, which is a warning, as in real data).
 */
public final class DemoCountryGenerator {

	public static final int INSTITUTIONS = 44;
	public static final int CONTACTS = 160;
	public static final int RELATIONSHIPS = 320;
	public static final int ENGAGEMENTS = 64;
	public static final int OBSERVATIONS = 1000;
	public static final int END_STATES = 3;
	public static final int OBJECTIVES_PER_END_STATE = 4;

	public static final String COUNTRY = "Republic of Valmaa";
	public static final String COUNTRY_CODE = "XVM";

	/** Monday 6 January 2025, 00:00 UTC: the start of the demo timeline. */
	private static final long EPOCH = Instant.parse("2025-01-06T00:00:00Z").toEpochMilli();
	private static final long HOUR = 3_600_000L;
	private static final long DAY = 24 * HOUR;
	/** The timeline covers two years. */
	private static final int TIMELINE_DAYS = 728;

	static final String[] GIVEN_FEMALE = { "Marta", "Liisa", "Kadri", "Anneli", "Triin", "Maarja", "Helena", "Reet", "Signe", "Kaisa", "Eveliis", "Ilona", "Merike", "Tiina", "Sirje" };
	static final String[] GIVEN_MALE = { "Andres", "Jaan", "Toomas", "Priit", "Rein", "Mart", "Indrek", "Urmas", "Kalev", "Aivar", "Margus", "Tarmo", "Heino", "Rasmus", "Viljar", "Ants", "Lauri", "Oskar" };
	static final String[] FAMILY = { "Ilves", "Tamm", "Saar", "Kask", "Rebane", "Mets", "Kuusk", "Lepik", "Raud", "Kivi", "Vaher", "Teder", "Sepp", "Laur", "Org", "Paju", "Koppel", "Valge", "Ruus", "Allik", "Kallas", "Mardna", "Pihl", "Sild", "Vahtra", "Aru", "Jalakas", "Noor", "Laane", "Rist" };
	private static final String[] US_GIVEN = { "Daniel", "Sarah", "Michael", "Jennifer", "Robert", "Emily", "James", "Laura", "Christopher", "Megan", "Anthony", "Rachel" };
	private static final String[] US_FAMILY = { "Reyes", "Whitaker", "Nguyen", "O'Connell", "Brooks", "Delgado", "Hartman", "Kowalski", "Bennett", "Carver", "Singh", "Morales" };
	static final String[] CITIES = { "Kaarlinna", "Harjala", "Saarvik", "Tammela", "Porkuni", "Viljasoo", "Laanemaa", "Rannaküla", "Kivioja", "Metsapea", "Järvelinn", "Ojaveski" };
	/** Approximate positions of the cities above (latitude, longitude). */
	static final double[][] CITY_POSITIONS = { { 58.02, 24.11 }, { 58.61, 25.02 }, { 57.71, 22.63 }, { 58.33, 26.09 }, { 57.88, 25.47 }, { 58.91, 23.52 }, { 57.43, 23.88 }, { 58.47, 21.97 }, { 57.21, 25.12 }, { 58.76, 26.31 }, { 57.96, 23.02 }, { 57.54, 24.66 } };
	static final String[] TOPICS = { "readiness", "procurement", "NCO development", "border security", "interoperability", "corruption risk", "cyber defence", "logistics", "English language training", "civil-military relations", "reserve mobilisation", "maritime domain awareness", "air defence", "professional military education", "budget" };
	static final String[] EQUIPMENT = { "tactical radios", "night-vision devices", "armoured ambulances", "coastal surveillance radars", "light utility helicopters", "medical kits", "engineering vehicles", "counter-drone systems", "field kitchens", "secure laptops" };
	private static final String[] AUTHORS = { "MAJ Daniel Reyes", "CPT Sarah Whitaker", "LTC Michael Nguyen", "Ms. Jennifer Brooks", "SFC Robert Delgado", "MAJ Emily Hartman" };
	static final String[] MONTHS = { "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December" };

	private final long seed;
	private final int scale;
	private final Random random;
	private final CounterpartFactory factory = CounterpartFactory.eINSTANCE;
	private long clock;

	private final List<PartnerInstitution> institutions = new ArrayList<>();
	private final List<PartnerInstitution> partnerInstitutions = new ArrayList<>();
	private final List<PartnerInstitution> embassySections = new ArrayList<>();
	private final List<Contact> contacts = new ArrayList<>();
	private final List<Contact> partnerContacts = new ArrayList<>();
	private final List<Contact> usContacts = new ArrayList<>();
	private final List<Engagement> engagements = new ArrayList<>();
	private final List<Objective> objectives = new ArrayList<>();
	private final List<FieldObservation> observations = new ArrayList<>();

	/**
	 * @param seed the seed; the same seed and scale give an equal workspace
	 * @param scale how many times the scale-1 workspace, at least 1
	 */
	public DemoCountryGenerator(long seed, int scale) {
		if (scale < 1) {
			throw new IllegalArgumentException("Scale must be at least 1, was " + scale);
		}
		this.seed = seed;
		this.scale = scale;
		this.random = new Random(seed);
	}

	/** Generates a new workspace; each call returns a new, equal one. */
	public Theater generate() {
		random.setSeed(seed);
		clock = EPOCH - 30 * DAY;
		institutions.clear();
		partnerInstitutions.clear();
		embassySections.clear();
		contacts.clear();
		partnerContacts.clear();
		usContacts.clear();
		engagements.clear();
		objectives.clear();
		observations.clear();

		Theater theater = stamp(factory.createTheater(), "ODC system administrator");
		theater.setPartnerCountry(COUNTRY);
		theater.setPartnerCountryCode(COUNTRY_CODE);
		theater.setOfficeName("Office of Defense Cooperation Kaarlinna");
		theater.setMarking(marking(false));

		createInstitutions();
		theater.getInstitutions().addAll(institutions);
		createContacts();
		theater.getContacts().addAll(contacts);
		createObjectives(theater);
		createEngagements();
		theater.getEngagements().addAll(engagements);
		createRelationships(theater);
		createObservations();
		theater.getObservations().addAll(observations);
		createIndicators();
		return theater;
	}

	/**
	 * Generates a workspace and prints its size, the time taken and the validation result: a quick check from the
	 * command line. Arguments: seed (default 1) and scale (default 1).
	 */
	public static void main(String[] args) {
		long seed = args.length > 0 ? Long.parseLong(args[0]) : 1;
		int scale = args.length > 1 ? Integer.parseInt(args[1]) : 1;
		long start = System.nanoTime();
		Theater theater = new DemoCountryGenerator(seed, scale).generate();
		long generated = System.nanoTime();
		org.eclipse.emf.common.util.Diagnostic diagnostic = org.counterpart.model.validation.WorkspaceValidation.validate(theater);
		long validated = System.nanoTime();
		int objects = 0;
		for (java.util.Iterator<?> i = theater.eAllContents(); i.hasNext(); i.next()) {
			objects++;
		}
		System.out.printf("%s, seed %d, scale %d: %d institutions, %d contacts, %d relationships, %d engagements, %d observations, %d end states; %d objects%n",
			COUNTRY, seed, scale, theater.getInstitutions().size(), theater.getContacts().size(), theater.getRelationships().size(), theater.getEngagements().size(),
			theater.getObservations().size(), theater.getObjectives().size(), objects + 1);
		System.out.printf("generated in %d ms, validated in %d ms: %d errors, %d warnings%n", (generated - start) / 1_000_000, (validated - generated) / 1_000_000,
			org.counterpart.model.validation.WorkspaceValidation.problems(diagnostic, org.eclipse.emf.common.util.Diagnostic.ERROR).size(),
			org.counterpart.model.validation.WorkspaceValidation.problems(diagnostic, org.eclipse.emf.common.util.Diagnostic.WARNING).size());
		for (org.eclipse.emf.common.util.Diagnostic error : org.counterpart.model.validation.WorkspaceValidation.problems(diagnostic, org.eclipse.emf.common.util.Diagnostic.ERROR).stream().limit(20).toList()) {
			System.out.println("ERROR " + error.getMessage());
		}
	}

	// ---------------------------------------------------------------------------------------------------- institutions

	private void createInstitutions() {
		int target = INSTITUTIONS * scale;
		PartnerInstitution mod = institution("Ministry of Defence", "MoD", InstitutionKind.MINISTRY_OF_DEFENCE, null, CITIES[0]);
		institution("Defence Policy Department", "DPD", InstitutionKind.MINISTRY_OF_DEFENCE, mod, CITIES[0]);
		institution("Defence Resources Department", "DRD", InstitutionKind.MINISTRY_OF_DEFENCE, mod, CITIES[0]);
		PartnerInstitution procurement = institution("Defence Procurement Agency", "DPA", InstitutionKind.PROCUREMENT, mod, CITIES[0]);
		institution("Centre for Defence Investment Audit", "CDIA", InstitutionKind.PROCUREMENT, procurement, CITIES[0]);
		PartnerInstitution staff = institution("General Staff", "GS", InstitutionKind.GENERAL_STAFF, mod, CITIES[0]);
		String[] directorates = { "J1 Personnel", "J2 Intelligence", "J3 Operations", "J4 Logistics", "J5 Plans and Policy", "J6 Communications", "J7 Training and Doctrine", "J8 Resources" };
		for (String directorate : directorates) {
			institution(directorate + " Directorate", directorate.substring(0, 2), InstitutionKind.GENERAL_STAFF, staff, CITIES[0]);
		}
		PartnerInstitution army = institution("Land Forces Command", "LFC", InstitutionKind.ARMY, staff, CITIES[1]);
		PartnerInstitution navy = institution("Naval Forces Command", "NFC", InstitutionKind.NAVY, staff, CITIES[2]);
		PartnerInstitution airForce = institution("Air Forces Command", "AFC", InstitutionKind.AIR_FORCE, staff, CITIES[3]);
		PartnerInstitution guard = institution("Territorial Defence League", "TDL", InstitutionKind.NATIONAL_GUARD, staff, CITIES[0]);
		PartnerInstitution logistics = institution("Joint Logistics Command", "JLC", InstitutionKind.LOGISTICS, staff, CITIES[4]);
		PartnerInstitution academy = institution("National Defence Academy", "NDA", InstitutionKind.ACADEMY, mod, CITIES[5]);
		institution("Non-Commissioned Officer School", "NCOS", InstitutionKind.ACADEMY, academy, CITIES[5]);
		institution("Defence Language Centre", "DLC", InstitutionKind.ACADEMY, academy, CITIES[0]);
		PartnerInstitution interior = institution("Ministry of the Interior", "MoI", InstitutionKind.OTHER, null, CITIES[0]);
		PartnerInstitution border = institution("State Border Guard", "SBG", InstitutionKind.BORDER_GUARD, interior, CITIES[0]);
		PartnerInstitution police = institution("National Police Board", "NPB", InstitutionKind.POLICE, interior, CITIES[0]);
		institution("Parliamentary National Defence Committee", "NDC", InstitutionKind.OTHER, null, CITIES[0]);
		embassySections.add(institution("U.S. Embassy Kaarlinna, Office of Defense Cooperation", "ODC", InstitutionKind.EMBASSY_SECTION, null, CITIES[0]));
		embassySections.add(institution("U.S. Embassy Kaarlinna, Defense Attaché Office", "DAO", InstitutionKind.EMBASSY_SECTION, null, CITIES[0]));
		embassySections.add(institution("U.S. Embassy Kaarlinna, Political-Military Section", "POL-MIL", InstitutionKind.EMBASSY_SECTION, null, CITIES[0]));

		// Units: as many as the scale asks for, numbered per type and spread over the cities.
		int[] counters = new int[8];
		while (institutions.size() < target) {
			int type = institutions.size() % 8;
			int number = ++counters[type];
			String city = CITIES[(number + type) % CITIES.length];
			switch (type) {
				case 0 -> institution(ordinal(number) + " Infantry Brigade", ordinal(number) + " IB", InstitutionKind.ARMY, army, city);
				case 1 -> institution(ordinal(number) + " Territorial Defence Battalion", ordinal(number) + " TDB", InstitutionKind.NATIONAL_GUARD, guard, city);
				case 2 -> institution(city + " Border Guard District " + number, "BGD " + number, InstitutionKind.BORDER_GUARD, border, city);
				case 3 -> institution(city + " Police Prefecture " + number, "PP " + number, InstitutionKind.POLICE, police, city);
				case 4 -> institution(ordinal(number) + " Logistics Battalion", ordinal(number) + " LB", InstitutionKind.LOGISTICS, logistics, city);
				case 5 -> institution(ordinal(number) + " Mine Countermeasures Squadron", ordinal(number) + " MCM", InstitutionKind.NAVY, navy, CITIES[2]);
				case 6 -> institution(ordinal(number) + " Air Surveillance Wing", ordinal(number) + " ASW", InstitutionKind.AIR_FORCE, airForce, CITIES[3]);
				default -> institution(ordinal(number) + " Engineer Battalion", ordinal(number) + " EB", InstitutionKind.ARMY, army, city);
			}
		}
	}

	private PartnerInstitution institution(String name, String acronym, InstitutionKind kind, PartnerInstitution parent, String location) {
		PartnerInstitution institution = stamp(factory.createPartnerInstitution(), author());
		institution.setName(name);
		institution.setAcronym(acronym);
		institution.setKind(kind);
		institution.setParent(parent);
		institution.setLocation(location);
		institution.setMarking(marking(false));
		institutions.add(institution);
		if (kind != InstitutionKind.EMBASSY_SECTION) {
			partnerInstitutions.add(institution);
		}
		return institution;
	}

	// -------------------------------------------------------------------------------------------------------- contacts

	private void createContacts() {
		int target = CONTACTS * scale;
		// The first contact is the one every demonstration starts from.
		Contact first = contact("Col.", "Marta", "Ilves", "Chief J5", find("General Staff"), COUNTRY_CODE);
		first.setDisposition(Disposition.SUPPORTIVE);
		for (PartnerInstitution section : embassySections) {
			for (int i = 0; i < 2 * scale; i++) {
				String given = pick(US_GIVEN);
				String[] military = { "COL", "LTC", "MAJ", "CPT", "Mr.", "Ms." };
				String rank = pick(military);
				String position = switch (section.getAcronym()) {
					case "ODC" -> pick(new String[] { "Chief, Office of Defense Cooperation", "FMS Case Manager", "IMET Program Manager", "Training Officer" });
					case "DAO" -> pick(new String[] { "Defense Attaché", "Assistant Army Attaché", "Operations Coordinator" });
					default -> pick(new String[] { "Political-Military Officer", "Political Counselor", "Locally Employed Staff Assistant" });
				};
				Contact contact = contact(rank, given, pick(US_FAMILY), position, section, "USA");
				contact.getLanguages().add("en");
				usContacts.add(contact);
			}
		}
		while (contacts.size() < target) {
			PartnerInstitution affiliation = partnerInstitutions.get(random.nextInt(partnerInstitutions.size()));
			boolean female = random.nextInt(3) == 0;
			String given = pick(female ? GIVEN_FEMALE : GIVEN_MALE);
			String family = pick(FAMILY);
			if (female && random.nextBoolean()) {
				family = family + "-" + pick(FAMILY);
			}
			contact(rank(affiliation.getKind()), given, family, position(affiliation), affiliation, COUNTRY_CODE);
		}
	}

	private Contact contact(String rank, String given, String family, String position, PartnerInstitution affiliation, String nationality) {
		Contact contact = stamp(factory.createContact(), author());
		contact.setRank(rank);
		contact.setGivenName(given);
		contact.setFamilyName(family);
		contact.setPosition(position);
		contact.setAffiliation(affiliation);
		contact.setNationality(nationality);
		if (COUNTRY_CODE.equals(nationality)) {
			contact.getLanguages().add("vl");
			if (random.nextInt(3) > 0) {
				contact.getLanguages().add("en (" + (1 + random.nextInt(3)) + "/" + (1 + random.nextInt(3)) + ")");
			}
			if (random.nextInt(4) == 0) {
				contact.getLanguages().add("de");
			}
		}
		contact.getChannels().add("office phone: +999 6" + (100 + random.nextInt(900)) + " " + (1000 + random.nextInt(9000)));
		if (random.nextBoolean()) {
			contact.getChannels().add("email: " + ascii(given).toLowerCase() + "." + ascii(family).toLowerCase() + "@"
				+ (COUNTRY_CODE.equals(nationality) ? "mil.example.xvm" : "state.example.gov"));
		}
		Disposition[] dispositions = Disposition.values();
		contact.setDisposition(dispositions[random.nextInt(dispositions.length)]);
		contact.setLastContact(new Date(EPOCH + random.nextInt(TIMELINE_DAYS) * DAY + 9 * HOUR));
		// Personal data of partner personnel is not shared back by default; embassy staff data is.
		contact.setMarking(COUNTRY_CODE.equals(nationality) && random.nextInt(4) == 0 ? marking(true) : marking(false));
		contacts.add(contact);
		if (COUNTRY_CODE.equals(nationality)) {
			partnerContacts.add(contact);
		}
		return contact;
	}

	private String rank(InstitutionKind kind) {
		return switch (kind) {
			case MINISTRY_OF_DEFENCE, PROCUREMENT, OTHER -> pick(new String[] { "Mr.", "Ms.", "Dr.", "Col. (ret.)" });
			case POLICE -> pick(new String[] { "Police Col.", "Police Lt. Col.", "Police Maj.", "Chief Inspector", "Inspector" });
			case BORDER_GUARD -> pick(new String[] { "Col.", "Lt. Col.", "Maj.", "Capt.", "Sr. Lt." });
			case NAVY -> pick(new String[] { "Capt. (N)", "Cdr.", "Lt. Cdr.", "Lt.", "CPO" });
			case ACADEMY -> pick(new String[] { "Col.", "Lt. Col.", "Dr.", "Maj.", "Prof." });
			default -> pick(new String[] { "Brig. Gen.", "Col.", "Col.", "Lt. Col.", "Lt. Col.", "Maj.", "Maj.", "Capt.", "Sgt. Maj.", "CWO" });
		};
	}

	private String position(PartnerInstitution institution) {
		String[] generic = { "Commander", "Deputy Commander", "Chief of Staff", "Head of International Cooperation", "Operations Officer", "Training Officer", "Logistics Officer", "Senior NCO", "Legal Adviser", "Public Affairs Officer" };
		return switch (institution.getKind()) {
			case MINISTRY_OF_DEFENCE -> pick(new String[] { "Director of Defence Policy", "Head of Bilateral Cooperation", "Budget Analyst", "Deputy Secretary General", "Adviser to the Minister" });
			case GENERAL_STAFF -> pick(new String[] { "Chief J5", "Deputy Chief J3", "Head of Force Planning", "Staff Officer, Interoperability", "Chief J7", "Desk Officer, United States" });
			case PROCUREMENT -> pick(new String[] { "Director", "Contracting Officer", "FMS Case Officer", "Head of Land Systems Procurement", "Quality Assurance Manager" });
			case ACADEMY -> pick(new String[] { "Rector", "Dean of Faculty", "Head of Language Training", "Lecturer in Strategy", "Course Director" });
			case OTHER -> pick(new String[] { "Member of Parliament", "Committee Secretary", "Senior Adviser", "Head of Department" });
			default -> pick(generic);
		};
	}

	// ------------------------------------------------------------------------------------------------------ objectives

	private void createObjectives(Theater theater) {
		String[][] plan = {
			{ "Valmaa defends its territory and borders with credible, interoperable forces",
				"Territorial Defence League units reach NATO-compatible readiness", "Border Guard controls the eastern land border with persistent surveillance",
				"Land Forces sustain a brigade in the field for 30 days", "Air surveillance covers national airspace around the clock" },
			{ "Valmaa's defence institutions are accountable, transparent and effective",
				"Defence procurement follows transparent, audited procedures", "Defence budget planning links resources to capability targets",
				"Parliament exercises informed oversight of defence", "Human resources management is merit-based" },
			{ "Valmaa's professional military education produces leaders who can work with partners",
				"NCO corps leads small-unit training independently", "Officers are educated to NATO staff standards",
				"English language proficiency meets assignment requirements", "Lessons from exercises are captured and applied" } };
		for (int copy = 0; copy < scale; copy++) {
			String suffix = scale == 1 ? "" : " (" + CITIES[copy % CITIES.length] + " region" + (copy < CITIES.length ? "" : " " + (copy / CITIES.length + 1)) + ")";
			for (int e = 0; e < END_STATES; e++) {
				Objective endState = objective(plan[e][0] + suffix, "End state of the country cooperation plan.");
				endState.setMarking(marking(false));
				theater.getObjectives().add(endState);
				for (int o = 1; o <= OBJECTIVES_PER_END_STATE; o++) {
					Objective objective = objective(plan[e][o] + suffix, "Intermediate military objective supporting the end state.");
					endState.getSubObjectives().add(objective);
					objectives.add(objective);
					Objective sub = objective("Plan, resource and assess: " + lowerFirst(plan[e][o]) + suffix, "Sub-objective with measurable steps for this planning cycle.");
					objective.getSubObjectives().add(sub);
					objectives.add(sub);
				}
			}
		}
	}

	private Objective objective(String title, String description) {
		Objective objective = stamp(factory.createObjective(), AUTHORS[0]);
		objective.setTitle(title);
		objective.setDescription(description);
		return objective;
	}

	private void createIndicators() {
		String[][] indicators = { { "Units assessed as ready", "units" }, { "Personnel trained to standard", "%" }, { "Procedures adopted", "procedures" },
			{ "Exercise objectives met", "%" }, { "Audits closed without findings", "audits" }, { "Graduates placed in partner-facing posts", "graduates" } };
		long periodStart = EPOCH;
		long periodEnd = EPOCH + TIMELINE_DAYS * DAY;
		List<FieldObservation> supporting = observations.stream().filter(o -> o.getStatus() == ObservationStatus.FINAL).toList();
		for (Objective objective : objectives) {
			int count = objective.eContainer() instanceof Objective parent && parent.eContainer() instanceof Objective ? 1 : 2;
			for (int i = 0; i < count; i++) {
				String[] template = indicators[random.nextInt(indicators.length)];
				Indicator indicator = stamp(factory.createIndicator(), AUTHORS[0]);
				indicator.setName(template[0]);
				indicator.setUnit(template[1]);
				double baseline = "%".equals(template[1]) ? 20 + random.nextInt(30) : random.nextInt(5);
				double target = "%".equals(template[1]) ? 80 + random.nextInt(16) : baseline + 4 + random.nextInt(10);
				indicator.setBaseline(baseline);
				indicator.setTarget(target);
				indicator.setPeriodStart(new Date(periodStart));
				indicator.setPeriodEnd(new Date(periodEnd));
				objective.getIndicators().add(indicator);
				int measurements = 6;
				for (int m = 1; m <= measurements; m++) {
					Measurement measurement = stamp(factory.createMeasurement(), AUTHORS[random.nextInt(AUTHORS.length)]);
					measurement.setDate(new Date(periodStart + m * (TIMELINE_DAYS / (measurements + 1)) * DAY));
					double progress = baseline + (target - baseline) * m / (measurements + 2) + random.nextInt(3) - 1;
					measurement.setValue(Math.max(0, Math.round(progress)));
					int supports = random.nextInt(3);
					for (int s = 0; s < supports && !supporting.isEmpty(); s++) {
						FieldObservation observation = supporting.get(random.nextInt(supporting.size()));
						if (!measurement.getSupportingObservations().contains(observation)) {
							measurement.getSupportingObservations().add(observation);
						}
					}
					measurement.setNote(supports == 0 ? "Estimate from the quarterly assessment." : "Based on field observations.");
					indicator.getMeasurements().add(measurement);
				}
			}
		}
	}

	// ----------------------------------------------------------------------------------------------------- engagements

	private void createEngagements() {
		int target = ENGAGEMENTS * scale;
		EngagementKind[] kinds = EngagementKind.values();
		String[] exercises = { "Amber Shield", "Northern Lantern", "Baltic Ferry", "Iron Juniper", "Silent Heron", "Winter Oak" };
		String[] courses = { "Combat Lifesaver", "Maintenance Management", "Instructor Development", "Staff Planning (MDMP)", "Counter-IED Awareness", "Small Unit Leadership" };
		String[] schools = { "U.S. Army Command and General Staff College", "Defense Language Institute English Language Center", "Naval Staff College", "Inter-American Air Forces Academy", "Sergeants Major Academy" };
		for (int i = 0; i < target; i++) {
			EngagementKind kind = kinds[i % kinds.length];
			Engagement engagement = stamp(factory.createEngagement(), AUTHORS[random.nextInt(AUTHORS.length)]);
			PartnerInstitution host = partnerInstitutions.get(random.nextInt(partnerInstitutions.size()));
			String topic = pick(TOPICS);
			int year = 2025 + random.nextInt(2);
			engagement.setKind(kind);
			engagement.setTitle(switch (kind) {
				case KEY_LEADER_ENGAGEMENT -> "Meeting with the " + host.getAcronym() + " leadership on " + topic;
				case TRAINING -> pick(courses) + " course, " + host.getName();
				case EXERCISE -> "Exercise " + pick(exercises) + " " + year;
				case FMS_FMF_CASE -> "Case XV-B-" + (char)('A' + random.nextInt(26)) + (char)('A' + random.nextInt(26)) + (char)('A' + random.nextInt(26)) + ": " + pick(EQUIPMENT);
				case IMET -> "IMET seat: " + pick(schools);
				case SPP_EVENT -> "State Partnership Program " + topic + " exchange";
				case CONFERENCE -> "Regional conference on " + topic;
				case SITE_VISIT -> "Site visit to " + host.getName();
				case INSTITUTION_BUILDING -> "Workshop on " + topic + " reform with the " + host.getAcronym();
			});
			long start = EPOCH + random.nextInt(TIMELINE_DAYS - 30) * DAY + (8 + random.nextInt(6)) * HOUR;
			long length = switch (kind) {
				case KEY_LEADER_ENGAGEMENT, SITE_VISIT -> 2 * HOUR;
				case TRAINING, EXERCISE -> (5 + random.nextInt(10)) * DAY;
				case IMET -> (20 + random.nextInt(60)) * DAY;
				case FMS_FMF_CASE -> (60 + random.nextInt(300)) * DAY;
				default -> (1 + random.nextInt(3)) * DAY;
			};
			engagement.setStart(new Date(start));
			engagement.setEnd(new Date(start + length));
			engagement.setLocation(host.getLocation());
			engagement.getParticipants().add(host);
			addDistinct(engagement.getParticipants(), usContacts.get(random.nextInt(usContacts.size())));
			int people = 1 + random.nextInt(4);
			for (int p = 0; p < people; p++) {
				addDistinct(engagement.getParticipants(), partnerContacts.get(random.nextInt(partnerContacts.size())));
			}
			addDistinct(engagement.getObjectivesSupported(), objectives.get(random.nextInt(objectives.size())));
			if (random.nextBoolean()) {
				addDistinct(engagement.getObjectivesSupported(), objectives.get(random.nextInt(objectives.size())));
			}
			engagement.setOutcome(pick(new String[] { "Agreed next steps and a follow-up meeting in three months.", "Partner committed to nominate candidates by the end of the quarter.",
				"Completed as planned; after-action review scheduled.", "Postponed items moved to the next working group.", "Partner requested additional information on costs and delivery." }));
			engagement.setMarking(marking(false));
			engagements.add(engagement);
		}
	}

	// --------------------------------------------------------------------------------------------------- relationships

	private void createRelationships(Theater theater) {
		int target = RELATIONSHIPS * scale;
		RelationshipKind[] kinds = RelationshipKind.values();
		Confidence[] confidences = Confidence.values();
		for (int i = 0; i < target; i++) {
			RelationshipKind kind = kinds[i % kinds.length];
			Contact source = partnerContacts.get(random.nextInt(partnerContacts.size()));
			Actor relationshipTarget = switch (kind) {
				case REPORTS_TO -> random.nextBoolean() && source.getAffiliation() != null ? source.getAffiliation() : otherContact(source, partnerContacts);
				case COUNTERPART_OF -> usContacts.get(random.nextInt(usContacts.size()));
				case ADVISES, INFLUENCES -> random.nextInt(4) == 0 ? partnerInstitutions.get(random.nextInt(partnerInstitutions.size())) : otherContact(source, partnerContacts);
				default -> otherContact(source, partnerContacts);
			};
			Relationship relationship = stamp(factory.createRelationship(), AUTHORS[random.nextInt(AUTHORS.length)]);
			relationship.setKind(kind);
			relationship.setSource(source);
			relationship.setTarget(relationshipTarget);
			relationship.setStrength(1 + random.nextInt(5));
			relationship.setConfidence(confidences[random.nextInt(confidences.length)]);
			relationship.setMarking(marking(true));
			theater.getRelationships().add(relationship);
		}
	}

	private Contact otherContact(Contact contact, List<Contact> candidates) {
		Contact other = candidates.get(random.nextInt(candidates.size()));
		return other != contact ? other : candidates.get((candidates.indexOf(contact) + 1) % candidates.size());
	}

	// ---------------------------------------------------------------------------------------------------- observations

	private void createObservations() {
		int target = OBSERVATIONS * scale;
		SourceReliability[] reliabilities = { SourceReliability.A, SourceReliability.B, SourceReliability.B, SourceReliability.C, SourceReliability.C, SourceReliability.D, SourceReliability.E, SourceReliability.F };
		InformationCredibility[] credibilities = { InformationCredibility.CONFIRMED, InformationCredibility.PROBABLY_TRUE, InformationCredibility.PROBABLY_TRUE, InformationCredibility.POSSIBLY_TRUE,
			InformationCredibility.POSSIBLY_TRUE, InformationCredibility.DOUBTFUL, InformationCredibility.IMPROBABLE, InformationCredibility.CANNOT_BE_JUDGED };
		for (int i = 0; i < target; i++) {
			String author = AUTHORS[random.nextInt(AUTHORS.length)];
			FieldObservation observation = factory.createFieldObservation();
			observation.setId(nextId());
			long observedAt = EPOCH + random.nextInt(TIMELINE_DAYS) * DAY + (7 + random.nextInt(12)) * HOUR + random.nextInt(60) * 60_000L;
			long recordedAt = observedAt + (1 + random.nextInt(48)) * HOUR;
			observation.setObservedAt(new Date(observedAt));
			observation.setRecordedAt(new Date(recordedAt));
			observation.setCreatedAt(new Date(recordedAt));
			observation.setCreatedBy(author);
			observation.setAuthor(author);
			int city = random.nextInt(CITIES.length);
			observation.setPlaceName(CITIES[city]);
			if (random.nextInt(5) > 0) {
				observation.setLatitude(Math.round((CITY_POSITIONS[city][0] + (random.nextDouble() - 0.5) * 0.1) * 1e5) / 1e5);
				observation.setLongitude(Math.round((CITY_POSITIONS[city][1] + (random.nextDouble() - 0.5) * 0.1) * 1e5) / 1e5);
			}
			Contact about = partnerContacts.get(random.nextInt(partnerContacts.size()));
			String topic = pick(TOPICS);
			observation.setText(observationText(about, topic, observedAt));
			observation.getTopics().add(topic);
			if (random.nextInt(3) == 0) {
				String second = pick(TOPICS);
				if (!second.equals(topic)) {
					observation.getTopics().add(second);
				}
			}
			observation.getAboutActors().add(about);
			if (about.getAffiliation() != null && random.nextBoolean()) {
				observation.getAboutActors().add(about.getAffiliation());
			}
			if (random.nextInt(10) < 6) {
				observation.setSource(random.nextInt(3) == 0 ? otherContact(about, partnerContacts) : about);
			}
			int status = random.nextInt(100);
			if (status < 85) {
				observation.setStatus(ObservationStatus.FINAL);
			} else if (status < 97) {
				observation.setStatus(ObservationStatus.DRAFT);
			} else {
				observation.setStatus(ObservationStatus.RETRACTED);
			}
			// Drafts are sometimes not graded yet (a warning); final and retracted ones always are.
			if (observation.getStatus() != ObservationStatus.DRAFT || random.nextInt(3) > 0) {
				observation.setSourceReliability(reliabilities[random.nextInt(reliabilities.length)]);
				observation.setInformationCredibility(credibilities[random.nextInt(credibilities.length)]);
			}
			if (random.nextInt(10) < 3 && !engagements.isEmpty()) {
				observation.getAboutEngagements().add(engagements.get(random.nextInt(engagements.size())));
			}
			if (random.nextInt(10) < 4 && !objectives.isEmpty()) {
				observation.getAboutObjectives().add(objectives.get(random.nextInt(objectives.size())));
			}
			if (random.nextInt(100) < 15) {
				observation.getAttachments().add(attachment(author, recordedAt));
			}
			observation.setMarking(marking(random.nextInt(5) < 2));
			observations.add(observation);
		}
	}

	private String observationText(Contact about, String topic, long observedAt) {
		String name = about.getRank() + " " + about.getFamilyName();
		String unit = about.getAffiliation() == null ? "the unit" : "the " + about.getAffiliation().getName();
		String month = MONTHS[(int)((observedAt - EPOCH) / (30 * DAY) + 2) % 12];
		return switch (random.nextInt(8)) {
			case 0 -> name + " stated that " + unit + " expects the first " + pick(EQUIPMENT) + " by " + month + ", but that spare parts funding for "
				+ topic + " has not been approved.";
			case 1 -> "During the visit, " + name + " showed the training area; about " + (40 + random.nextInt(50)) + " personnel were present, fewer than the "
				+ (100 + random.nextInt(100)) + " reported to the General Staff.";
			case 2 -> name + " asked whether the ODC could support an English course for " + (6 + random.nextInt(20)) + " officers of " + unit
				+ " before the " + month + " rotation.";
			case 3 -> "Local press reported disagreement between " + unit + " and the Ministry of Defence over " + topic + "; " + name
				+ " declined to comment.";
			case 4 -> name + " appeared well informed on " + topic + " and was open to a follow-up meeting, but mentioned pressure from the ministry to cut costs.";
			case 5 -> "Observed " + (2 + random.nextInt(10)) + " vehicles of " + unit + " parked without maintenance cover; " + name
				+ " attributed this to a shortage of mechanics.";
			case 6 -> name + " said the new " + topic + " directive will be signed in " + month + "; a draft was shown but no copy was provided.";
			default -> "Conversation with " + name + " on " + topic + ": the " + pick(EQUIPMENT) + " delivered last year are in storage because operators have not been trained.";
		};
	}

	private Attachment attachment(String author, long recordedAt) {
		Attachment attachment = factory.createAttachment();
		attachment.setId(nextId());
		attachment.setCreatedAt(new Date(recordedAt));
		attachment.setCreatedBy(author);
		byte[] hash = new byte[32];
		random.nextBytes(hash);
		attachment.setSha256(HexFormat.of().formatHex(hash));
		int kind = random.nextInt(3);
		int number = 1000 + random.nextInt(9000);
		attachment.setFileName(switch (kind) {
			case 0 -> "IMG_" + number + ".jpg";
			case 1 -> "meeting-notes-" + number + ".pdf";
			default -> "voice-memo-" + number + ".m4a";
		});
		attachment.setMediaType(switch (kind) {
			case 0 -> "image/jpeg";
			case 1 -> "application/pdf";
			default -> "audio/mp4";
		});
		attachment.setSize(20_000 + random.nextInt(4_000_000));
		return attachment;
	}

	// --------------------------------------------------------------------------------------------------------- helpers

	/** Gives an object a seeded id, a creation time on the demo clock and a creator. */
	private <T extends Identified> T stamp(T identified, String createdBy) {
		identified.setId(nextId());
		clock += 1 + random.nextInt(600_000);
		identified.setCreatedAt(new Date(clock));
		identified.setCreatedBy(createdBy);
		return identified;
	}

	/** A version 4 UUID from the seeded generator. */
	private String nextId() {
		long most = (random.nextLong() & ~0xF000L) | 0x4000L;
		long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(most, least).toString();
	}

	/** CUI//REL TO USA, XVM, or CUI//NOFORN for what must not go back to the partner. */
	private static Marking marking(boolean noforn) {
		Marking marking = CounterpartFactory.eINSTANCE.createMarking();
		marking.setClassification(Classification.CUI);
		if (noforn) {
			marking.getDisseminationControls().add("NOFORN");
		} else {
			marking.getRelTo().add("USA");
			marking.getRelTo().add(COUNTRY_CODE);
		}
		return marking;
	}

	private String author() {
		return AUTHORS[random.nextInt(AUTHORS.length)];
	}

	private PartnerInstitution find(String name) {
		return institutions.stream().filter(i -> name.equals(i.getName())).findFirst().orElseThrow();
	}

	private <T> void addDistinct(List<T> list, T element) {
		if (!list.contains(element)) {
			list.add(element);
		}
	}

	private String pick(String[] choices) {
		return choices[random.nextInt(choices.length)];
	}

	private static String ordinal(int number) {
		int mod100 = number % 100;
		String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (number % 10) {
			case 1 -> "st";
			case 2 -> "nd";
			case 3 -> "rd";
			default -> "th";
		};
		return number + suffix;
	}

	private static String lowerFirst(String text) {
		return Character.toLowerCase(text.charAt(0)) + text.substring(1);
	}

	private static String ascii(String text) {
		return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("[^A-Za-z-]", "");
	}
}
