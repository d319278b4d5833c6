# oracle: seed 97, closed, runs cleanly
import torch
from torch.nn import GRU, Linear, Module, RNN, RNNCell
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

rnn_0 = GRU(4, 3, batch_first=True)
x_0 = torch.randn(1, 3, 4)
lengths_0 = [3]
packed_0 = pack_padded_sequence(x_0, lengths_0, batch_first=True)
packed_out_0, h_0 = rnn_0(packed_0, torch.zeros(1, 1, 3))
out_0, out_lengths_0 = pad_packed_sequence(packed_out_0, batch_first=True)
last_0 = Linear(3, 2)(h_0[-1])

rnn_1 = RNN(4, 7, bias=False)
x_1 = torch.randn([3, 5, 4])
batch_1 = x_1.size(1)
h0_1 = torch.zeros(1, batch_1, 7)
out_1, hn_1 = rnn_1(x_1, h0_1)
assert out_1.dim() == 3

cell_2 = RNNCell(input_size=5, hidden_size=7, nonlinearity='relu')
h_2 = torch.zeros(2, 7)
t_2 = 0
while t_2 < 0:
    h_2 = cell_2(torch.randn(2, 5), h_2)
    t_2 += 1

class Model_3(Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = RNN(input_size, hidden_size, num_layers, batch_first=True, bidirectional=bidirectional)
        self.fc = Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(len(x))
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[:, -1, :])

device_3 = torch.device("cpu")
model_3 = Model_3(7, 8, num_layers=2).to(device_3)
model_3.eval()
with torch.no_grad():
    logits_3 = model_3(torch.ones(4, 2, 7).to(device_3))
