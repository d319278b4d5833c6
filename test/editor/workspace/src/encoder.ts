// A GRU encoder fed embeddings of the wrong width: the GRU was built for 64 features, the
// embedding produces 48.
import { nn, torch } from "rnnlens";

const VOCAB = 1000;
const EMBED = 48;
const HIDDEN = 128;

const embedding = new nn.Embedding(VOCAB, EMBED);
const gru = new nn.GRU(64, HIDDEN, { numLayers: 1 });

const tokens = torch.zeros(12, 4);
const embedded = embedding.forward(tokens);
const [states, last] = gru.forward(embedded);
console.log(states.shape, last.shape);
