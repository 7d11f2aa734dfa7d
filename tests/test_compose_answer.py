from bot.answer import compose_answer
from bot.embedder import FakeEmbedder
from bot.index import build_index
from bot.knowledge import load_knowledge
from bot.retrieval import Hit, Ranking


def test_a_confident_passage_ranked_fourth_still_answers(knowledge_dir):
    # Seen with the real model: "what is crs 0" fused three weak passages above the one
    # whose dense similarity passed the threshold, and the reply was a 500.
    index = build_index(load_knowledge(knowledge_dir), FakeEmbedder())
    ids = [p.id for p in index.passages]
    target = ids.index("cytokine-release-syndrome#what-is-cytokine-release-syndrome")
    weak = [i for i in range(len(ids)) if i != target][:3]
    hits = [Hit(i, 1.0 - rank / 10, dense=0.1, lexical=1.0) for rank, i in enumerate(weak)]
    hits.append(Hit(target, 0.5, dense=0.6, lexical=0.0))
    query = index.sentence_vectors[index.sentence_rows(target)[0]]
    answer = compose_answer(index, Ranking(query, hits), threshold=0.42, contact="your care team")
    assert answer.kind == "answer"
    assert [s.url for s in answer.sources] == [index.passages[target].url]
