# oracle: seed 276, closed, runs cleanly
import torch
import torch.nn as nn
from torch.nn import GRU, LSTM, RNN

lstm_0 = LSTM(3, 4, 1)
out_0, (h_0, c_0) = lstm_0(torch.randn(3, 4, 3))
r_0_0 = h_0[-1].unsqueeze(0).expand(3, -1, -1)
r_0_1 = h_0[-1]

class Model_1(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = RNN(input_size, hidden_size, num_layers, batch_first=False, bidirectional=bidirectional, dropout=0.3)
        self.fc = nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_directions, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(x.shape[1])
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[-1, :, :])

def build_1():
    return Model_1(8, 8, bidirectional=True)

logits_1 = build_1()(torch.rand([4, 3, 8]))

layer_2 = RNN(8, 8, 2, bias=False)
