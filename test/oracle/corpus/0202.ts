// oracle: seed 202, closed, raises at 19: input.size(-1) must be equal to input_size. Expected 5, got 6
import { torch, nn } from "rnnlens";

const cfg_0 = { inputSize: 5, hiddenSize: 4, numLayers: 1 };
const alias_0 = cfg_0;
alias_0.numLayers = 2;
const m_0 = new nn.RNN(cfg_0);
const [o_0, h_0] = m_0.forward(torch.randn(4, 1, 5), torch.zeros(cfg_0.numLayers, 1, 4));

class Model_1 extends nn.Module {
  rnn;
  head;
  constructor(inputs: number, hidden: number, classes: number) {
    super();
    this.rnn = new nn.GRU(inputs, hidden, { batchFirst: true });
    this.head = new nn.Linear(hidden, classes);
  }
  forward(x: any) {
    const [out] = this.rnn.forward(x);
    return this.head.forward(out.select(1, -1));
  }
}
const model_1_0 = new Model_1(5, 8, 3);
const logits_1_0 = model_1_0.forward(torch.randn(1, 4, 6));
const model_1_1 = new Model_1(2, 5, 4);
const logits_1_1 = model_1_1.forward(torch.randn(1, 4, 2));

const pair_2 = [new nn.GRU(3, 5), new nn.GRU(5, 5)];
pair_2[1].forward(torch.randn(2, 2, 3));
