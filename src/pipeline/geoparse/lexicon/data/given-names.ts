/**
 * Common given names (English-speaking world, Europe, the Arab world, Iran, South Asia):
 * a capitalised place-name right after one is a surname ("George Washington", "Paris
 * Hilton" is the other way round, see filters/person.ts), and one right before a surname is
 * a person ("Georgia Dunn", "Jordan Henderson"). General knowledge, lower-case.
 */
export const GIVEN_NAMES_TEXT = `
aaron adam adrian ahmad ahmed aisha alan albert alex alexander alexandra ali alice alicia amanda
amina amir amy andrea andrew angela ann anna anne anthony antonio arthur ashley ashraf barbara
benjamin betty beverly bill billy bob bobby brandon brenda brian bruce bryan carl carlos carol
caroline catherine charles charlotte cheryl chris christian christina christine christopher cynthia
daniel david deborah dennis diana diane donald donna doris dorothy douglas dylan edward elizabeth
emily emma eric ethan eugene evelyn farhan fatima frances francis frank gabriel gary george gerald
gloria grace gregory hamid hannah harold harry hassan heather helen henry hussain hussein ibrahim
isabella jack jacob jacqueline james jane janet janice jason jean jeffrey jennifer jeremy jerry
jessica jesse joan joe john johnny jonathan jordan jose joseph joshua joyce juan judith judy julia
julie justin karen katherine kathleen kathryn kayla keith kelly kenneth kevin khalid kimberly kyle
larry laura lauren lawrence leon linda lisa logan louis madison mahmoud margaret maria marie mark
martha martin mary matthew megan melissa michael michelle mohamed mohammad mohammed muhammad nancy
natalie nathan nicholas nicole noah olivia omar pamela patricia patrick paul peter philip rachel
ralph randy raymond rebecca richard robert roger ronald rose roy russell ruth ryan samantha samuel
sandra sara sarah scott sean sharon shirley sophia stephanie stephen steven susan teresa terry
theresa thomas timothy tyler victoria vincent virginia walter wayne william zachary yusuf yousef
abdul abdullah abdel karim rahim rashid tariq nawaz imran shah zahir jawed javed pervez nasir
sergei vladimir olga ivan dmitri giuseppe riccardo marco luca francesco pierre jacques francois
hans klaus wolfgang pedro luis miguel javier carmen lucia paulo joao ana florence sydney austin
dallas houston chelsea savannah brooklyn phoenix denver orlando lincoln jackson madison cleveland
georgia chad florence paris israel
mike dave jim jimmy tom tommy joey nick tony steve matt dan danny ben pete rick ricky rob robbie
ron ronnie jake josh andy kate katie liz beth jen jenny meg sue tim greg jeff charlie fred eddie
ted teddy hank walt abe doug phil russ stan vince wes zach
`;
