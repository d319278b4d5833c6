# oracle: seed 274, closed, runs cleanly
import torch
from torch import nn
from torch.nn import GRU, LSTM, Linear, Module

kind_0 = "LSTM"
rnn_0 = getattr(nn, kind_0)(3, 4)
out_0 = rnn_0(torch.randn(4, 2, 3))[0]

class Model_1(Module):
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

device_1 = torch.device("cpu")
model_1 = Model_1(6, 7, 2, bidirectional=True).to(device_1)
model_1.eval()
with torch.no_grad():
    logits_1 = model_1(torch.ones(2, 1, 6).to(device_1))

lstm_2 = LSTM(3, 3, 1)
out_2, (h_2, c_2) = lstm_2(torch.randn(4, 4, 3))
r_2_0 = out_2.chunk(2, dim=0)[0]
r_2_1 = torch.stack([h_2[-1], out_2[:, 0]], dim=0)
r_2_2 = len(out_2)

def encode_3(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_3 = GRU(5, 8, num_layers=3, dropout=0.2, bidirectional=True)
last_3_0 = encode_3(enc_3, torch.randn(2, 1, 5).float(), h0=torch.zeros(6, 1, 8))
last_3_1 = encode_3(enc_3, torch.rand(4, 3, 5))
