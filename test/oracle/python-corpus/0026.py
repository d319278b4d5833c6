# oracle: seed 26, closed, raises RuntimeError at line 21
import torch
from torch.nn import GRU, LSTM, LSTMCell, Linear, Module

def encode_0(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_0 = GRU(6, 8, 3, dropout=0.5)
last_0_0 = encode_0(enc_0, torch.randn([3, 2, 6]), h0=torch.zeros([3, 2, 8]))

cell_1 = LSTMCell(7, 6)
xs_1 = torch.randn(1, 4, 6)
h_1 = torch.zeros(4, 6)
c_1 = torch.zeros(4, 6)
outputs_1 = []
for t in range(xs_1.shape[0]):
    h_1, c_1 = cell_1(xs_1[t], (h_1, c_1))
    outputs_1.append(h_1)
seq_1 = torch.stack(outputs_1)

class Model_2(Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super(Model_2, self).__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = LSTM(input_size, hidden_size, num_layers, batch_first=False, bidirectional=bidirectional)
        self.fc = Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return (torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size), torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size))

    def forward(self, x):
        hidden = self.init_hidden(x.shape[1])
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[-1, :, :])

def build_2():
    return Model_2(3, 7, 2)

logits_2 = build_2()(torch.randn(1, 3, 3))
probs_2 = logits_2.softmax(dim=-1)
