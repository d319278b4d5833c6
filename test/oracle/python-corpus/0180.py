# oracle: seed 180, open, raises RuntimeError at line 18
import random
import torch.nn

def encode_0(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_0 = torch.nn.RNN(6, 6, 2, True, False)
last_0_0 = encode_0(enc_0, torch.rand((1, 3, 6)))
last_0_1 = encode_0(enc_0, torch.rand(4, 1, 6), h0=torch.zeros(2, 1, 6))

lstm_1 = torch.nn.LSTM(3, 4)
if random.random() < 0.5:
    out_1, (h_1, c_1) = lstm_1(torch.randn(2, 3, 4))
else:
    out_1, (h_1, c_1) = lstm_1(torch.randn(4, 3, 3))
last_1 = torch.nn.Linear(4, 2)(out_1[-1])

rnn_2 = torch.nn.LSTM(5, 7, 1, bias=False, bidirectional=True)
x_2 = torch.randn(2, 5)
out_2, _ = rnn_2(x_2)

y_3 = torch.randn(4, 1, 5)
stack_3 = torch.nn.ModuleDict({"enc": torch.nn.GRU(5, 7)})
y_3, _ = stack_3["enc"](y_3)
y_3, _ = torch.nn.GRU(7, 5)(y_3)
z_3 = torch.nn.Linear(5, 3)(y_3)

class Model_4(torch.nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = torch.nn.LSTM(input_size, hidden_size, num_layers, batch_first=False, bidirectional=bidirectional, dropout=0.2 if num_layers > 1 else 0)
        self.fc = torch.nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return (torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size), torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size))

    def forward(self, x):
        hidden = self.init_hidden(x.shape[1])
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[-1, :, :])

def build_4():
    return Model_4(4, 5, bidirectional=False)

logits_4 = build_4()(torch.zeros(3, 3, 4))
