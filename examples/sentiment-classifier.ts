// A bidirectional LSTM sentence classifier: embedding -> BiLSTM -> linear over the last step.
// Correct as written: RNN Lens reports nothing here.
import { nn, torch, type Tensor } from "rnnlens";
import { EMBED, HIDDEN, NUM_CLASSES, NUM_LAYERS, VOCAB } from "./config";

export class SentimentClassifier extends nn.Module {
  embedding = new nn.Embedding(VOCAB, EMBED);
  lstm = new nn.LSTM(EMBED, HIDDEN, { numLayers: NUM_LAYERS, batchFirst: true, bidirectional: true, dropout: 0.2 });
  head = new nn.Linear(2 * HIDDEN, NUM_CLASSES);

  /** @shape tokens [batch, seq] */
  forward(tokens: Tensor): Tensor {
    const embedded = this.embedding.forward(tokens);
    const [output] = this.lstm.forward(embedded);
    const last = output.select(1, -1);
    return this.head.forward(last);
  }
}

const model = new SentimentClassifier();
const logits = model.forward(torch.zeros(8, 40));
console.log(logits.shape);
