# oracle: seed 83, closed, raises RuntimeError at line 22
import torch
import torch.nn as nn
from torch.nn import GRU, RNN

rnn_0 = RNN(4, 7, batch_first=True, bidirectional=True, nonlinearity="relu")
x_0 = torch.zeros([3, 5, 4])
batch_0 = x_0.size(0)
h0_0 = torch.zeros(2, batch_0, 7)
out_0, hn_0 = rnn_0(x_0, h0_0)

rnn_1 = GRU(5, 2)
x_1 = torch.randn(6, 3, 5)
lengths_1 = torch.tensor([6, 5, 4])
packed_1 = torch.nn.utils.rnn.pack_padded_sequence(x_1, lengths_1)
packed_out_1, h_1 = rnn_1(packed_1, torch.zeros(1, 3, 2))
out_1, out_lengths_1 = torch.nn.utils.rnn.pad_packed_sequence(packed_out_1)

rnn_2 = GRU(5, 8)
x_2 = torch.rand([3, 1, 5])
hidden_2 = torch.zeros(1, 3, 8)
out_2, h_2 = rnn_2(x_2, hidden_2)
n_2 = out_2.size(1) * out_2.dim()

class Model_3(nn.Module):
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
        hidden = self.init_hidden(x.shape[1])
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[-1, :, :])

def build_3():
    return Model_3(4, 4, num_layers=2)

logits_3 = build_3()(torch.randn(1, 1, 4).float())
