# oracle: seed 148, closed, runs cleanly
import torch
from torch.nn import GRU, LSTM, Linear, Module, RNN

rnn_0 = RNN(5, 2, 3, dropout=0.1, bidirectional=True)
x_0 = torch.randn(2, 5)
hx_0 = torch.zeros(6, 2)
out_0, _ = rnn_0(x_0, hx_0)
y_0 = out_0[-1].view(4)

layer_1 = LSTM(4, 5, proj_size=1)
y_1, _ = layer_1(torch.randn(3, 2, 4))

class Model_2(Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = GRU(input_size, hidden_size, num_layers, batch_first=True, bidirectional=bidirectional)
        self.fc = Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(len(x))
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[:, -1, :])

def build_2():
    return Model_2(2, 4, num_layers=2, bidirectional=False)

logits_2 = build_2()(torch.randn(4, 2, 2).float())

rnn_3 = LSTM(input_size=7, hidden_size=8)
x_3 = torch.zeros(3, 2, 7)
out_3, state_3 = rnn_3(x_3)
n_3 = out_3.size(0) * out_3.dim()

gru_4 = GRU(2, 8)
x_4 = torch.randn(4, 3, 2)
if x_4.dim() == 2:
    x_4 = x_4.unsqueeze(1)
out_4, h_4 = gru_4(x_4)
