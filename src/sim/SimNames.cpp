#include "SimNames.h"

#include "SimRandom.h"

#include <iterator>

namespace SimNames {
namespace {

struct CultureTable
{
    const char16_t* culture;
    const char16_t* const* first;
    qsizetype firstCount;
    const char16_t* const* last;
    qsizetype lastCount;
};

template <std::size_t F, std::size_t L>
constexpr CultureTable culture(const char16_t* name, const char16_t* const (&first)[F],
                               const char16_t* const (&last)[L])
{
    return {name, first, qsizetype(F), last, qsizetype(L)};
}

// Given names and family names that commonly go together. Family names are
// chosen so they do not change with gender (no -ski/-ska, -ov/-ova pairs).
constexpr const char16_t* kEnglishFirst[] = {
    u"Emma",   u"Oliver", u"Sophie", u"James",  u"Charlotte", u"Harry", u"Grace",  u"Thomas",
    u"Amelia", u"Jack",   u"Lucy",   u"Daniel", u"Megan",     u"Ryan",  u"Hannah", u"Ethan"};
constexpr const char16_t* kEnglishLast[] = {
    u"Thompson", u"Walker", u"Hughes",   u"Bennett", u"Carter", u"Mitchell", u"Turner",
    u"Foster",   u"Reed",   u"Harrison", u"Collins", u"Parker", u"Ward",     u"Brooks"};

constexpr const char16_t* kIrishFirst[] = {u"Aoife",   u"Ciarán",  u"Niamh",   u"Seán",
                                           u"Siobhán", u"Oisín",   u"Róisín",  u"Cian",
                                           u"Saoirse", u"Darragh", u"Caoimhe", u"Eoin"};
constexpr const char16_t* kIrishLast[] = {u"O'Brien",    u"Murphy",         u"Byrne",
                                          u"Kavanagh",   u"Doyle",          u"McCarthy",
                                          u"Gallagher",  u"O'Sullivan",     u"Brennan",
                                          u"Fitzgerald", u"Ó Súilleabháin", u"Mac Giolla Phádraig"};

constexpr const char16_t* kSpanishFirst[] = {
    u"Lucía",     u"Mateo",    u"Valentina", u"Santiago", u"Camila", u"Diego",     u"Sofía",
    u"Alejandro", u"Isabella", u"Javier",    u"Martina",  u"Andrés", u"María José"};
constexpr const char16_t* kSpanishLast[] = {
    u"García",  u"Rodríguez", u"Martínez", u"Hernández", u"López",   u"González",    u"Pérez",
    u"Sánchez", u"Ramírez",   u"Torres",   u"Flores",    u"Jiménez", u"de la Fuente"};

constexpr const char16_t* kPortugueseFirst[] = {u"João",    u"Ana",      u"Pedro",  u"Beatriz",
                                                u"Gabriel", u"Larissa",  u"Rafael", u"Mariana",
                                                u"Thiago",  u"Fernanda", u"Lucas",  u"Juliana"};
constexpr const char16_t* kPortugueseLast[] = {u"Silva",   u"Santos",    u"Oliveira", u"Souza",
                                               u"Costa",   u"Pereira",   u"Almeida",  u"Carvalho",
                                               u"Ribeiro", u"Gonçalves", u"Araújo",   u"Barbosa"};

constexpr const char16_t* kGermanFirst[] = {
    u"Lukas",   u"Lea",    u"Jonas",     u"Felix",  u"Lena", u"Maximilian",
    u"Johanna", u"Tobias", u"Katharina", u"Niklas", u"Anja", u"Maximiliane"};
constexpr const char16_t* kGermanLast[] = {u"Müller",
                                           u"Schmidt",
                                           u"Schneider",
                                           u"Fischer",
                                           u"Weber",
                                           u"Becker",
                                           u"Hoffmann",
                                           u"Schäfer",
                                           u"Koch",
                                           u"Wagner",
                                           u"Zimmermann",
                                           u"Krüger",
                                           u"von Hohenberg-Eichstätt"};

constexpr const char16_t* kFrenchFirst[] = {u"Camille", u"Louis",  u"Chloé",  u"Hugo",
                                            u"Manon",   u"Théo",   u"Léa",    u"Antoine",
                                            u"Inès",    u"Julien", u"Élodie", u"Mathis"};
constexpr const char16_t* kFrenchLast[] = {u"Dubois", u"Lefèvre",  u"Moreau",   u"Laurent",
                                           u"Girard", u"Rousseau", u"Fournier", u"Mercier",
                                           u"Bonnet", u"Lambert",  u"Faure",    u"Chevalier"};

constexpr const char16_t* kPolishFirst[] = {u"Łukasz",  u"Agnieszka", u"Piotr",     u"Katarzyna",
                                            u"Mateusz", u"Zofia",     u"Krzysztof", u"Magdalena",
                                            u"Paweł",   u"Joanna",    u"Michał",    u"Aleksandra"};
constexpr const char16_t* kPolishLast[] = {u"Nowak",    u"Wójcik", u"Kaczmarek", u"Mazur",
                                           u"Krawczyk", u"Zając",  u"Król",      u"Wieczorek",
                                           u"Dudek",    u"Pawlak", u"Walczak",   u"Sikora"};

constexpr const char16_t* kNigerianFirst[] = {u"Chiamaka", u"Oluwaseun", u"Ngozi",    u"Emeka",
                                              u"Adaeze",   u"Tunde",     u"Folake",   u"Chinedu",
                                              u"Yetunde",  u"Obinna",    u"Temitope", u"Ifeoma"};
constexpr const char16_t* kNigerianLast[] = {
    u"Okafor",  u"Adeyemi", u"Nwosu",  u"Balogun",  u"Eze",     u"Ogunleye",
    u"Okonkwo", u"Adebayo", u"Chukwu", u"Olatunji", u"Afolabi", u"Oyelaran-Bakare"};

constexpr const char16_t* kGhanaianFirst[] = {u"Kwame",  u"Ama",     u"Kofi", u"Abena", u"Yaw",
                                              u"Akosua", u"Kwabena", u"Efua", u"Kojo",  u"Adwoa"};
constexpr const char16_t* kGhanaianLast[] = {u"Mensah",  u"Owusu", u"Boateng", u"Asante", u"Osei",
                                             u"Agyeman", u"Darko", u"Appiah",  u"Ofori",  u"Amoah"};

constexpr const char16_t* kIndianFirst[] = {u"Priya",  u"Arjun",  u"Ananya", u"Rohan",
                                            u"Kavya",  u"Vikram", u"Neha",   u"Aditya",
                                            u"Shreya", u"Rahul",  u"Meera",  u"Karthik"};
constexpr const char16_t* kIndianLast[] = {u"Sharma", u"Patel",    u"Iyer",  u"Reddy",
                                           u"Nair",   u"Gupta",    u"Menon", u"Chatterjee",
                                           u"Desai",  u"Kulkarni", u"Rao",   u"Venkataraman"};

constexpr const char16_t* kChineseFirst[] = {u"Wei", u"Mei",  u"Jun", u"Xiaoling",
                                             u"Hao", u"Yan",  u"Lei", u"Jing",
                                             u"Yu",  u"Ming", u"Lin", u"Zihan"};
constexpr const char16_t* kChineseLast[] = {u"Zhang", u"Wang", u"Li", u"Liu",  u"Chen", u"Yang",
                                            u"Huang", u"Zhao", u"Wu", u"Zhou", u"Xu",   u"Sun"};

constexpr const char16_t* kJapaneseFirst[] = {u"Haruto", u"Yui",    u"Sota", u"Aoi",
                                              u"Ren",    u"Sakura", u"Yuto", u"Hina",
                                              u"Kaito",  u"Riku",   u"Yuna", u"Kenji"};
constexpr const char16_t* kJapaneseLast[] = {u"Sato",      u"Suzuki", u"Takahashi", u"Tanaka",
                                             u"Watanabe",  u"Ito",    u"Yamamoto",  u"Nakamura",
                                             u"Kobayashi", u"Kato",   u"Yoshida",   u"Yamada"};

constexpr const char16_t* kKoreanFirst[] = {u"Min-jun", u"Seo-yeon", u"Ji-ho",   u"Ha-eun",
                                            u"Do-yun",  u"Ji-woo",   u"Seo-jun", u"Su-bin",
                                            u"Ye-jin",  u"Hyun-woo"};
constexpr const char16_t* kKoreanLast[] = {u"Kim", u"Park", u"Choi", u"Jung", u"Kang",
                                           u"Cho", u"Yoon", u"Jang", u"Lim",  u"Han"};

constexpr const char16_t* kVietnameseFirst[] = {u"Linh",  u"Minh", u"Trang", u"Huy",   u"Thảo",
                                                u"Quang", u"Ngọc", u"Đức",   u"Hương", u"Tuấn"};
constexpr const char16_t* kVietnameseLast[] = {u"Nguyễn", u"Trần", u"Lê",  u"Phạm", u"Hoàng",
                                               u"Vũ",     u"Đặng", u"Bùi", u"Đỗ",   u"Hồ"};

constexpr const char16_t* kArabicFirst[] = {u"Omar",   u"Layla", u"Yusuf",  u"Fatima",
                                            u"Khalid", u"Noor",  u"Karim",  u"Amira",
                                            u"Tariq",  u"Salma", u"Hassan", u"Rania"};
constexpr const char16_t* kArabicLast[] = {u"Haddad", u"Khoury", u"Mansour", u"Saleh",
                                           u"Nasser", u"Aziz",   u"Farouk",  u"Hamdan",
                                           u"Rahman", u"Sayegh", u"Qasim",   u"Al-Amin"};

constexpr const char16_t* kTurkishFirst[] = {u"Elif",   u"Emre",  u"Zeynep", u"Burak", u"Ayşe",
                                             u"Mehmet", u"Selin", u"Can",    u"Deniz", u"Oğuz"};
constexpr const char16_t* kTurkishLast[] = {u"Yılmaz", u"Kaya",  u"Demir",  u"Şahin",  u"Çelik",
                                            u"Yıldız", u"Aydın", u"Öztürk", u"Arslan", u"Doğan"};

constexpr const char16_t* kNordicFirst[] = {u"Astrid", u"Erik",   u"Ingrid", u"Lars",
                                            u"Freja",  u"Anders", u"Sigrid", u"Nils",
                                            u"Maja",   u"Søren",  u"Saga"};
constexpr const char16_t* kNordicLast[] = {u"Lindqvist", u"Johansson", u"Andersson", u"Nyström",
                                           u"Bergström", u"Lundgren",  u"Eriksson",  u"Holm",
                                           u"Sandberg",  u"Åkesson",   u"Kjærgaard"};

constexpr const char16_t* kItalianFirst[] = {u"Giulia",    u"Marco",      u"Chiara", u"Luca",
                                             u"Francesca", u"Alessandro", u"Sara",   u"Matteo",
                                             u"Elena",     u"Davide"};
constexpr const char16_t* kItalianLast[] = {u"Rossi",   u"Russo",   u"Ferrari", u"Esposito",
                                            u"Bianchi", u"Romano",  u"Colombo", u"Ricci",
                                            u"Marino",  u"D'Angelo"};

constexpr const char16_t* kFilipinoFirst[] = {u"Angelica", u"Paolo", u"Kristine", u"Mark Anthony",
                                              u"Jasmine",  u"Carlo", u"Rhea",     u"Joshua",
                                              u"Patricia", u"Miguel"};
constexpr const char16_t* kFilipinoLast[] = {u"Dela Cruz", u"Reyes",  u"Bautista", u"Villanueva",
                                             u"Mendoza",   u"Aquino", u"Castillo", u"Manalo",
                                             u"Navarro",   u"Soriano"};

constexpr const char16_t* kUkrainianFirst[] = {u"Olena",  u"Dmytro",    u"Anastasiia", u"Andriy",
                                               u"Yuliia", u"Oleksandr", u"Iryna",      u"Maksym",
                                               u"Sofiia", u"Taras"};
constexpr const char16_t* kUkrainianLast[] = {
    u"Shevchenko", u"Kovalenko", u"Bondarenko", u"Tkachenko", u"Melnyk",
    u"Kravchenko", u"Boyko",     u"Lysenko",    u"Marchenko", u"Hnatiuk"};

const CultureTable kCultures[] = {
    culture(u"English", kEnglishFirst, kEnglishLast),
    culture(u"Irish", kIrishFirst, kIrishLast),
    culture(u"Spanish", kSpanishFirst, kSpanishLast),
    culture(u"Portuguese", kPortugueseFirst, kPortugueseLast),
    culture(u"German", kGermanFirst, kGermanLast),
    culture(u"French", kFrenchFirst, kFrenchLast),
    culture(u"Polish", kPolishFirst, kPolishLast),
    culture(u"Nigerian", kNigerianFirst, kNigerianLast),
    culture(u"Ghanaian", kGhanaianFirst, kGhanaianLast),
    culture(u"Indian", kIndianFirst, kIndianLast),
    culture(u"Chinese", kChineseFirst, kChineseLast),
    culture(u"Japanese", kJapaneseFirst, kJapaneseLast),
    culture(u"Korean", kKoreanFirst, kKoreanLast),
    culture(u"Vietnamese", kVietnameseFirst, kVietnameseLast),
    culture(u"Arabic", kArabicFirst, kArabicLast),
    culture(u"Turkish", kTurkishFirst, kTurkishLast),
    culture(u"Nordic", kNordicFirst, kNordicLast),
    culture(u"Italian", kItalianFirst, kItalianLast),
    culture(u"Filipino", kFilipinoFirst, kFilipinoLast),
    culture(u"Ukrainian", kUkrainianFirst, kUkrainianLast),
};
constexpr qsizetype kCultureCount = qsizetype(std::size(kCultures));

QString text(const char16_t* s)
{
    return QString::fromUtf16(s);
}

QString pick(QRandomGenerator& rng, const char16_t* const* list, qsizetype count)
{
    return text(list[rng.bounded(int(count))]);
}

} // namespace

NameGenerator::NameGenerator(QRandomGenerator& rng)
    : m_rng(rng)
{
    for (int i = 0; i < kCultureCount; ++i)
        m_cultureOrder.append(i);
    SimRandom::shuffle(m_cultureOrder, m_rng);
}

PersonName NameGenerator::next()
{
    const CultureTable& table = kCultures[m_cultureOrder.at(m_position)];
    m_position = (m_position + 1) % int(kCultureCount);
    if (m_position == 0) // a new round in a new order, so teams do not repeat a pattern
        SimRandom::shuffle(m_cultureOrder, m_rng);

    PersonName name;
    name.culture = text(table.culture);
    // Most draws succeed at once; the initial and the number only matter for
    // workspaces far larger than the tables (benchmarks with thousands).
    for (int attempt = 0;; ++attempt) {
        name.first = pick(m_rng, table.first, table.firstCount);
        name.last = pick(m_rng, table.last, table.lastCount);
        if (attempt >= 12) {
            const QChar initial(u'A' + m_rng.bounded(26));
            name.first += QLatin1Char(' ') + initial + QLatin1Char('.');
        }
        if (attempt >= 40)
            name.last += QLatin1Char(' ') + QString::number(attempt);
        if (!m_used.contains(name.full()))
            break;
    }
    m_used.insert(name.full());
    return name;
}

QList<TeamTheme> teamThemes()
{
    auto theme = [](const char16_t* name, const char16_t* title, const char16_t* senior,
                    const char16_t* junior) {
        return TeamTheme{text(name), text(title), text(senior), text(junior)};
    };
    return {
        theme(u"Billing & Payments", u"Billing Specialist", u"Senior Billing Specialist",
              u"Billing Associate"),
        theme(u"Technical Support", u"Support Engineer", u"Senior Support Engineer",
              u"Associate Support Engineer"),
        theme(u"Onboarding", u"Onboarding Specialist", u"Senior Onboarding Specialist",
              u"Onboarding Associate"),
        theme(u"VIP Accounts", u"Account Manager", u"Senior Account Manager",
              u"Associate Account Manager"),
        theme(u"Tier 1 — Americas", u"Customer Support Specialist",
              u"Senior Customer Support Specialist", u"Customer Support Associate"),
        theme(u"Tier 1 — EMEA", u"Customer Support Specialist",
              u"Senior Customer Support Specialist", u"Customer Support Associate"),
        theme(u"Escalations", u"Escalations Engineer", u"Staff Escalations Engineer",
              u"Escalations Analyst"),
        theme(u"Returns & Exchanges", u"Returns Specialist", u"Senior Returns Specialist",
              u"Returns Associate"),
        theme(u"Trust & Safety", u"Trust & Safety Analyst", u"Senior Trust & Safety Analyst",
              u"Trust & Safety Associate"),
        theme(u"Partner Success", u"Partner Success Manager", u"Senior Partner Success Manager",
              u"Partner Success Associate"),
        theme(u"Shipping & Delivery", u"Logistics Specialist", u"Senior Logistics Specialist",
              u"Logistics Associate"),
        theme(u"APAC Support", u"Customer Support Specialist",
              u"Senior Customer Support Specialist", u"Customer Support Associate"),
    };
}

QStringList workspaceNames()
{
    return {QStringLiteral("Northwind Outfitters"), QStringLiteral("Bluebird Bank"),
            QStringLiteral("Kestrel Cloud"),        QStringLiteral("Lumen Health"),
            QStringLiteral("Parcel & Pine"),        QStringLiteral("Orbit Travel"),
            QStringLiteral("Fernleaf Home"),        QStringLiteral("Quayside Energy")};
}

QString leadTitle()
{
    return QStringLiteral("Support Team Lead");
}

QString supervisorTitle()
{
    return QStringLiteral("Head of Customer Support");
}

QList<AwayReasonText> awayReasons()
{
    return {
        {text(u"☕"), text(u"On a break")},       {text(u"🍔"), text(u"Lunch")},
        {text(u"📅"), text(u"In a meeting")},     {text(u"🎓"), text(u"Training")},
        {text(u"🏖️"), text(u"On holiday")}, {text(u"🤒"), text(u"Out sick")},
    };
}

AwayReasonText deletedAwayReason()
{
    return {text(u"✈️"), text(u"Travelling for work")};
}

QString asciiFold(const QString& input)
{
    QString out;
    const QString decomposed = input.normalized(QString::NormalizationForm_KD);
    for (const QChar c : decomposed) {
        // Letters that have no decomposition into a base letter plus a mark.
        switch (c.unicode()) {
        case u'ł':
        case u'Ł':
            out += QLatin1Char('l');
            continue;
        case u'đ':
        case u'Đ':
            out += QLatin1Char('d');
            continue;
        case u'ø':
        case u'Ø':
            out += QLatin1Char('o');
            continue;
        case u'æ':
        case u'Æ':
            out += QLatin1String("ae");
            continue;
        case u'ß':
            out += QLatin1String("ss");
            continue;
        case u'ı':
            out += QLatin1Char('i');
            continue;
        default:
            break;
        }
        if (c.unicode() < 128 && c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

} // namespace SimNames
