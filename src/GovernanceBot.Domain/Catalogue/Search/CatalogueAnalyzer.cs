using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace GovernanceBot.Domain.Catalogue.Search;

/// <summary>
/// Text analysis for one language: standard tokens, lower case, French elisions, the language's stop
/// words, a stemmer (the French light stemmer; Porter for English, as Lucene's English analyzer has it), then
/// accent folding so "donnees" finds "données". KStem, a dictionary stemmer, was tried for English: the same
/// accuracy on the evaluation set, and its dictionary kept about 7 MB resident for the life of the bot.
/// </summary>
internal sealed class CatalogueAnalyzer(Language language) : Analyzer
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        if (language == Language.French)
        {
            stream = new ElisionFilter(stream, FrenchAnalyzer.DEFAULT_ARTICLES);
            stream = new StopFilter(Version, stream, FrenchAnalyzer.DefaultStopSet);
            stream = new FrenchLightStemFilter(stream);
        }
        else
        {
            stream = new EnglishPossessiveFilter(Version, stream);
            stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
            stream = new PorterStemFilter(stream);
        }
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
