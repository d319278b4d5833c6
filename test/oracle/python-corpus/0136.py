# oracle: seed 136, closed, runs cleanly
import torch

def encode_0(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_0 = torch.nn.GRU(7, 9, bidirectional=True)
last_0_0 = encode_0(enc_0, torch.rand([2, 3, 7]))
last_0_1 = encode_0(enc_0, torch.zeros((4, 2, 7)))

rnn_1 = torch.nn.LSTM(5, 7, num_layers=3, batch_first=True, proj_size=6)
x_1 = torch.randn(1, 2, 5).float()
batch_1 = x_1.shape[0]
h0_1 = torch.zeros(3, batch_1, 6)
c0_1 = torch.zeros(3, batch_1, 7)
out_1, (hn_1, cn_1) = rnn_1(x_1, (h0_1, c0_1))

class Model_2(torch.nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = torch.nn.GRU(input_size, hidden_size, num_layers, batch_first=True, bidirectional=bidirectional)
        self.fc = torch.nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_layers, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(len(x))
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[:, -1, :])

def build_2():
    return Model_2(4, 5)

logits_2 = build_2()(torch.randn(3, 4, 4))
