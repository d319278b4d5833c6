# oracle: seed 259, closed, raises RuntimeError at line 41
import torch
from torch.nn import GRU, LSTM, Linear, Module

def encode_0(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_0 = GRU(input_size=5, hidden_size=7, num_layers=2, bias=False)
last_0_0 = encode_0(enc_0, torch.rand([2, 2, 5]))

def encode_1(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_1 = GRU(2, 3, bidirectional=True)
last_1_0 = encode_1(enc_1, torch.ones(1, 1, 2), h0=torch.zeros(2, 1, 3))
last_1_1 = encode_1(enc_1, torch.ones(2, 3, 2), h0=torch.zeros([2, 3, 3]))

class Model_2(Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = LSTM(input_size, hidden_size, num_layers, batch_first=False, bidirectional=bidirectional, dropout=0.2 if num_layers > 1 else 0)
        self.fc = Linear(hidden_size, num_classes)

    def init_hidden(self, batch):
        return (torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size), torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size))

    def forward(self, x):
        hidden = self.init_hidden(x.shape[1])
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[-1, :, :])

device_2 = torch.device("cpu")
model_2 = Model_2(5, 5, bidirectional=True).to(device_2)
model_2.eval()
with torch.no_grad():
    logits_2 = model_2(torch.randn(2, 1, 5).to(device_2))
