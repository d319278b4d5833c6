# oracle: seed 11, closed, raises ValueError at line 10
import torch
from torch.nn import GRU, LSTM, Linear, Module, RNN

rnn_0 = GRU(6, 8, num_layers=1)
x_0 = torch.randn(3, 6)
hx_0 = torch.zeros(1, 8)
out_0, _ = rnn_0(x_0, hx_0)

layer_1 = LSTM(6, 6, proj_size=-1)
y_1, _ = layer_1(torch.randn(3, 2, 6))

class Model_2(Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = RNN(input_size, hidden_size, num_layers, batch_first=False, bidirectional=bidirectional, dropout=0.3)
        self.fc = Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(x.size(1))
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[-1, :, :])

device_2 = torch.device("cpu")
model_2 = Model_2(5, 5, bidirectional=False).to(device_2)
model_2.eval()
with torch.no_grad():
    logits_2 = model_2(torch.ones(4, 1, 5).to(device_2))
