/// Words that say nothing about a fault: English function words, greetings and
/// ticket boilerplate, and the month and weekday names that log timestamps leave
/// behind once their numbers are masked.
enum StopWords {
    static let english: Set<String> = [
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are",
        "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by",
        "can", "cannot", "could", "did", "do", "does", "doing", "done", "down", "during", "each", "either",
        "else", "even", "ever", "every", "few", "for", "from", "further", "get", "gets", "getting", "got",
        "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how", "however", "i",
        "if", "in", "into", "is", "it", "its", "itself", "just", "last", "let", "like", "may", "me",
        "might", "more", "most", "much", "must", "my", "near", "need", "needs", "no", "nor", "not", "now",
        "of", "off", "often", "on", "once", "one", "only", "or", "other", "our", "ours", "out", "over",
        "own", "per", "same", "seems", "she", "should", "since", "so", "some", "still", "such", "than",
        "that", "the", "their", "theirs", "them", "then", "there", "these", "they", "this", "those",
        "through", "to", "too", "under", "until", "up", "upon", "us", "very", "via", "was", "we", "were",
        "what", "when", "where", "whether", "which", "while", "who", "whom", "why", "will", "with",
        "within", "without", "would", "yet", "you", "your", "yours",
        // ticket boilerplate
        "hi", "hello", "hey", "please", "pls", "thanks", "thank", "thx", "regards", "team", "anyone",
        "someone", "something", "seeing", "seen", "see", "noticed", "looks", "look", "around", "approx",
        "currently", "today", "yesterday", "tonight", "morning", "afternoon", "evening", "ago", "etc",
        "eg", "ie", "asap", "fyi", "re", "fw", "fwd", "cc",
        // time words left behind by masked timestamps
        "utc", "gmt", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec", "january", "february", "march", "april", "june", "july", "august", "september",
        "october", "november", "december", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
        "sat", "sun", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]
}
