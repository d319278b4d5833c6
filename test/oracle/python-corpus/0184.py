# oracle: seed 184, closed, raises RuntimeError at line 34
import torch
import torch.nn as nn

rnn_0 = nn.LSTM(4, 3, batch_first=True)
x_0 = torch.randn(3, 6, 4)
lengths_0 = torch.tensor([6, 5, 4])
packed_0 = torch.nn.utils.rnn.pack_padded_sequence(x_0, lengths_0, batch_first=True)
packed_out_0, (h_0, c_0) = rnn_0(packed_0, (torch.zeros(1, 3, 3), torch.zeros(1, 3, 3)))
out_0, out_lengths_0 = torch.nn.utils.rnn.pad_packed_sequence(packed_out_0, batch_first=True)
last_0 = nn.Linear(3, 2)(h_0[-1])

cell_1 = nn.RNNCell(input_size=5, hidden_size=7)
h_1 = torch.zeros(7)
t_1 = 0
while t_1 < 1:
    h_1 = cell_1(torch.randn(5), h_1)
    t_1 += 1

class Model_2(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = nn.RNN(input_size, hidden_size, num_layers, batch_first=True, bidirectional=bidirectional)
        self.fc = nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(x.shape[0])
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[:, -1, :])

def build_2():
    return Model_2(6, 8, num_layers=2)

logits_2 = build_2()(torch.rand(2, 1, 8))
