// oracle: seed 87, closed, runs cleanly
import { torch, nn } from "rnnlens";

const layers_0 = [new nn.GRU(6, 2), new nn.GRU(2, 6)];
let y_0 = torch.randn(2, 2, 6);
layers_0.forEach((layer) => {
  [y_0] = layer.forward(y_0);
});

const hp_1 = { inputSize: 7, hiddenSize: 3, numLayers: 2 };
const m_1 = new nn.GRU({ ...hp_1, numLayers: 2, dropout: 0.1 });
const x_1 = torch.randn(4, 3, 7);
const [out_1, st_1] = m_1.forward(x_1);
const head_1 = new nn.Linear(3, 4);
const y_1 = head_1.forward(out_1);
const last_1 = y_1.select(0, 0);
