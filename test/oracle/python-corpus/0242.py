# oracle: seed 242, closed, runs cleanly
import torch
import torch.nn as nn
from torch.nn import GRU, LSTM

rnn_0 = GRU(3, 2, 3, True, True, bidirectional=False)
x_0 = torch.rand([1, 1, 3])
batch_0 = len(x_0)
h0_0 = torch.zeros(3, batch_0, 2)
out_0, hn_0 = rnn_0(x_0, h0_0)

rnn_1 = LSTM(4, 8, num_layers=3)
x_1 = torch.randn(5, 4)
out_1, _ = rnn_1(x_1)

class Model_2(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = LSTM(input_size, hidden_size, num_layers, batch_first=True, bidirectional=bidirectional, dropout=0.3)
        self.fc = nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return (torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size), torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size))

    def forward(self, x):
        hidden = self.init_hidden(x.size(0))
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[:, -1, :])

def build_2():
    return Model_2(8, 8, num_layers=2)

logits_2 = build_2()(torch.ones(1, 1, 8))
probs_2 = logits_2.softmax(dim=-1)
