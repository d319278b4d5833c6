# oracle: seed 294, closed, runs cleanly
import torch
import torch.nn as nn
from torch.nn import LSTM, RNN

y_0 = torch.randn(2, 1, 2)
layers_0 = {
    "l0": RNN(2, 6),
}
for name in ["l0"]:
    y_0, h_0 = layers_0[name](y_0)

rnn_1 = LSTM(6, 6, 1, True, False)
x_1 = torch.rand(3, 5, 6)
batch_1 = x_1.shape[1]
h0_1 = torch.zeros(1, batch_1, 6)
c0_1 = torch.zeros(1, batch_1, 6)
out_1, (hn_1, cn_1) = rnn_1(x_1, (h0_1, c0_1))
assert out_1.dim() == 3

class Model_2(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = RNN(input_size, hidden_size, num_layers, batch_first=False, bidirectional=bidirectional, dropout=0.3)
        self.fc = nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(x.size(1))
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[-1, :, :])

def build_2():
    return Model_2(5, 7, num_layers=2, bidirectional=True)

logits_2 = build_2()(torch.ones(4, 4, 5))
