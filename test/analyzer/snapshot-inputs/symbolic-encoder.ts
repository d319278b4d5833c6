// Symbolic sizes through a class: names from constructor parameters and annotations.
import { nn, torch, type Tensor } from "rnnlens";

export class Encoder extends nn.Module {
  embedding: InstanceType<typeof nn.Embedding>;
  rnn: InstanceType<typeof nn.GRU>;
  constructor(vocab: number, embed: number, hidden: number, layers: number) {
    super();
    this.embedding = new nn.Embedding(vocab, embed);
    this.rnn = new nn.GRU(embed, hidden, layers, { batchFirst: true, bidirectional: true });
  }

  initHidden(batch: number): Tensor {
    return torch.zeros(2 * this.rnn.numLayers, batch, this.rnn.hiddenSize);
  }

  /** @shape tokens [batch, seq] */
  forward(tokens: Tensor): [Tensor, Tensor] {
    const x = this.embedding.forward(tokens);
    const h0 = this.initHidden(tokens.size(0));
    const [out, hN] = this.rnn.forward(x, h0);
    const merged = out.view(-1, out.size(2));
    return [merged, hN];
  }
}

const enc = new Encoder(1000, 64, 128, 2);
const [merged, hN] = enc.forward(torch.zeros(8, 30));
