# oracle: seed 68, open, raises RuntimeError at line 19
import random
import torch

class Model_0(torch.nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = torch.nn.RNN(input_size, hidden_size, num_layers, batch_first=True, bidirectional=bidirectional, dropout=0.2 if num_layers > 1 else 0)
        self.fc = torch.nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(len(x))
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[:, -1, :])

device_0 = torch.device("cpu")
model_0 = Model_0(5, 7).to(device_0)
model_0.eval()
with torch.no_grad():
    logits_0 = model_0(torch.rand(2, 1, 6).to(device_0))

lstm_1 = torch.nn.LSTM(2, 8)
if random.random() < 0.5:
    out_1, (h_1, c_1) = lstm_1(torch.randn(2, 3, 2))
else:
    out_1, (h_1, c_1) = lstm_1(torch.randn(4, 3, 2))
last_1 = torch.nn.Linear(8, 2)(out_1[-1])
